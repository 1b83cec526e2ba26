package id.anjungan.kiosk.bench;

import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Many vacancies made from the demo's, the same every time for the same day: each a demo vacancy
 * (its employer, trade, town, pay and requirements) with its own id, a title variant, openings and
 * dates drawn from a fixed seed, all of them live on the given day.
 */
final class BenchVacancies {
    private static final long SEED = 20261127L;
    private static final String[] TITLE_VARIANTS = {"", " Shift Pagi", " Shift Malam", " (Kontrak 1 Tahun)",
            " Gelombang 2", " Area Produksi", " Senior", " Pemula"};

    private BenchVacancies() {
    }

    static List<Vacancy> generate(List<Vacancy> templates, int count, LocalDate today) {
        Random random = new Random(SEED);
        List<Vacancy> made = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Vacancy t = templates.get(random.nextInt(templates.size()));
            LocalDate posted = today.minusDays(random.nextInt(60));
            LocalDate until = today.plusDays(7 + random.nextInt(90));
            String title = t.title() + TITLE_VARIANTS[random.nextInt(TITLE_VARIANTS.length)];
            made.add(new Vacancy(String.format("bench-%06d", i), title, t.description(), t.employerId(),
                    t.tradeId(), t.kbjiCode(), t.regionId(), t.estateId(), t.town(), t.employmentType(),
                    1 + random.nextInt(40), t.pay(), t.requirements(), t.skills(), t.workHours(), t.shiftWork(),
                    t.howToApply(), posted, until, VacancyStatus.OPEN,
                    posted.atStartOfDay().toInstant(ZoneOffset.ofHours(7))));
        }
        return made;
    }
}
