package id.anjungan.kiosk.frame;

import java.util.Objects;

/** A place the kiosk can show inside its frame. */
public sealed interface Screen {

    /** The home screen: the list of live vacancies. */
    record VacancyList() implements Screen {
    }

    /** Asking for a referral slip for one vacancy: consent, optional name and phone, printing, result. */
    record SlipIssue(String vacancyId) implements Screen {
        public SlipIssue {
            Objects.requireNonNull(vacancyId, "vacancyId");
        }
    }

    /** Everything about one vacancy. */
    record VacancyDetail(String vacancyId) implements Screen {
        public VacancyDetail {
            Objects.requireNonNull(vacancyId, "vacancyId");
        }
    }
}
