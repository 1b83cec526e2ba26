package id.anjungan.kiosk.format;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.IndustrialEstate;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.Requirements;
import id.anjungan.protocol.vacancy.Vacancy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The facts of one vacancy as a job seeker reads them, in the chosen language. */
public final class VacancyTexts {
    private final Messages messages;
    private final Formats formats;

    public VacancyTexts(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** The employer's name, or its id when the reference data does not know it. */
    public String employer(Vacancy vacancy, ReferenceData reference) {
        return reference.employer(vacancy.employerId()).map(Employer::name).orElse(vacancy.employerId());
    }

    /** Where the work is, shortest first: estate or town, then the regency: "KIT Batang, Kabupaten Batang". */
    public String place(Vacancy vacancy, ReferenceData reference) {
        Optional<String> estate = estate(vacancy, reference).map(e -> e.shortName() != null ? e.shortName() : e.name());
        Optional<String> region = reference.region(vacancy.regionId()).map(Region::displayName);
        return joinDistinct(Stream.of(estate.orElse(vacancy.town()), region.orElse(null)));
    }

    /** The full address of the workplace: the employer's, else the estate's, else town and regency. */
    public String address(Vacancy vacancy, ReferenceData reference) {
        Optional<Employer> employer = reference.employer(vacancy.employerId());
        Optional<IndustrialEstate> estate = estate(vacancy, reference);
        return employer.map(Employer::address).filter(VacancyTexts::hasText)
                .or(() -> estate.map(IndustrialEstate::address).filter(VacancyTexts::hasText))
                .orElseGet(() -> joinDistinct(Stream.of(
                        estate.map(IndustrialEstate::name).orElse(null),
                        vacancy.town(),
                        reference.region(vacancy.regionId()).map(Region::displayName).orElse(null))));
    }

    /** "Rp 2.850.000 per bulan", "UMK Kabupaten Batang (Rp 2.534.383)", "Dibicarakan saat wawancara". */
    public String pay(Vacancy vacancy, ReferenceData reference) {
        Pay pay = vacancy.pay();
        return switch (pay.kind()) {
            case AMOUNT -> {
                String amount = pay.max() == null || pay.max().equals(pay.min())
                        ? Formats.rupiah(pay.min())
                        : messages.text("pay.range", Formats.rupiah(pay.min()), Formats.rupiah(pay.max()));
                yield messages.text("pay.period." + pay.period().name(), amount);
            }
            case MINIMUM_WAGE -> reference.region(vacancy.regionId())
                    .filter(region -> region.minimumWage() > 0)
                    .map(region -> messages.text("pay.umk", region.displayName(), Formats.rupiah(region.minimumWage())))
                    .orElseGet(() -> messages.text("pay.umk.unknownRegion"));
            case NEGOTIABLE -> messages.text("pay.negotiable");
        };
    }

    /** "12 orang". */
    public String openings(Vacancy vacancy) {
        return messages.text("openings", vacancy.openings());
    }

    /** The last day to apply: "15 Des 2026". */
    public String deadline(Vacancy vacancy) {
        return formats.date(vacancy.validThrough());
    }

    /** The last day to apply with the month in full, as it is read aloud: "15 Desember 2026". */
    public String deadlineInFull(Vacancy vacancy) {
        java.time.LocalDate day = vacancy.validThrough();
        return messages.text("date", day.getDayOfMonth(), messages.text("month.long." + day.getMonthValue()), day.getYear());
    }

    public String datePosted(Vacancy vacancy) {
        return formats.date(vacancy.datePosted());
    }

    public String employmentType(Vacancy vacancy) {
        return messages.text("employmentType." + vacancy.employmentType().name());
    }

    /** The trade's name in the chosen language, else as the server names it, else its id. */
    public String trade(Vacancy vacancy, ReferenceData reference) {
        String key = "trade." + vacancy.tradeId();
        if (messages.has(key)) {
            return messages.text(key);
        }
        return reference.trade(vacancy.tradeId()).map(trade -> trade.name()).orElse(vacancy.tradeId());
    }

    /** Stated hours, and whether there are shifts: "3 shift, 8 jam sehari". */
    public String workHours(Vacancy vacancy) {
        if (hasText(vacancy.workHours())) {
            return vacancy.workHours();
        }
        return messages.text(vacancy.shiftWork() ? "workHours.shift" : "workHours.notStated");
    }

    /** One line per requirement: age, sex, education, experience, licence, AK/1. */
    public List<String> requirements(Vacancy vacancy) {
        Requirements requirements = vacancy.requirements();
        List<String> lines = new ArrayList<>();
        lines.add(age(requirements));
        lines.add(messages.text("req.sex." + requirements.sex().name()));
        lines.add(requirements.minimumEducation() == null
                ? messages.text("req.education.any")
                : messages.text("req.education", requirements.minimumEducation().label()));
        lines.add(experience(requirements.experienceMonths()));
        if (hasText(requirements.drivingLicence())) {
            lines.add(messages.text("req.licence", requirements.drivingLicence()));
        }
        if (requirements.jobSeekerCardRequired()) {
            lines.add(messages.text("req.jobSeekerCard"));
        }
        return lines;
    }

    private String age(Requirements requirements) {
        Integer min = requirements.ageMin();
        Integer max = requirements.ageMax();
        if (min != null && max != null) {
            return messages.text("req.age.range", min, max);
        }
        if (min != null) {
            return messages.text("req.age.min", min);
        }
        if (max != null) {
            return messages.text("req.age.max", max);
        }
        return messages.text("req.age.any");
    }

    private String experience(int months) {
        if (months == 0) {
            return messages.text("req.experience.none");
        }
        if (months % 12 == 0) {
            return messages.text("req.experience.years", months / 12);
        }
        return messages.text("req.experience.months", months);
    }

    private static Optional<IndustrialEstate> estate(Vacancy vacancy, ReferenceData reference) {
        return Optional.ofNullable(vacancy.estateId()).flatMap(reference::estate);
    }

    private static String joinDistinct(Stream<String> parts) {
        Set<String> distinct = new LinkedHashSet<>();
        parts.filter(Objects::nonNull).filter(VacancyTexts::hasText).map(String::trim).forEach(distinct::add);
        return String.join(", ", distinct);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
