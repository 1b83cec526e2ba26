package id.anjungan.kiosk.frame;

import java.util.Objects;

/** A place the kiosk can show inside its frame. */
public sealed interface Screen {

    /** The home screen: the list of live vacancies. */
    record VacancyList() implements Screen {
    }

    /** Everything about one vacancy. */
    record VacancyDetail(String vacancyId) implements Screen {
        public VacancyDetail {
            Objects.requireNonNull(vacancyId, "vacancyId");
        }
    }
}
