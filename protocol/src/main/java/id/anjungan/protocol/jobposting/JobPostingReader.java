package id.anjungan.protocol.jobposting;

import static id.anjungan.protocol.jobposting.LdValues.object;
import static id.anjungan.protocol.jobposting.LdValues.property;
import static id.anjungan.protocol.jobposting.LdValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.protocol.vacancy.EmploymentType;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.PayKind;
import id.anjungan.protocol.vacancy.PayPeriod;
import id.anjungan.protocol.vacancy.Requirements;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a schema.org JobPosting in JSON-LD as a vacancy: our own postings (see {@link JobPostingWriter})
 * without loss, and foreign ones as far as they go.
 *
 * <p>Ids: the vacancy id is the value of the posting's {@code identifier}; a posting without one gets a
 * UUID derived from its employer name, title and datePosted, so reading it again gives the same id.
 * The employer, region, trade and estate ids come from our identifier and extension properties where
 * the posting carries them, else from the resolvers given with the {@code with...Resolver} methods,
 * which see the posting's {@link JobPostingHints} and are asked only for ids the posting does not
 * carry, and only once the rest of it has been read. A posting whose employer, region or trade none of
 * these tell is refused; the estate is optional.
 *
 * <p>Refuses a posting without title, datePosted, validThrough or hiringOrganization, and values it
 * cannot read, with a {@link JobPostingFormatException} naming the property.
 */
public final class JobPostingReader {
    private final IdResolver employers;
    private final IdResolver regions;
    private final IdResolver trades;
    private final IdResolver estates;

    /** A reader for our own postings, and foreign ones that carry our ids. */
    public JobPostingReader() {
        this(IdResolver.none(), IdResolver.none(), IdResolver.none(), IdResolver.none());
    }

    private JobPostingReader(IdResolver employers, IdResolver regions, IdResolver trades, IdResolver estates) {
        this.employers = Objects.requireNonNull(employers, "employers");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.trades = Objects.requireNonNull(trades, "trades");
        this.estates = Objects.requireNonNull(estates, "estates");
    }

    public JobPostingReader withEmployerResolver(IdResolver resolver) {
        return new JobPostingReader(resolver, regions, trades, estates);
    }

    public JobPostingReader withRegionResolver(IdResolver resolver) {
        return new JobPostingReader(employers, resolver, trades, estates);
    }

    public JobPostingReader withTradeResolver(IdResolver resolver) {
        return new JobPostingReader(employers, regions, resolver, estates);
    }

    public JobPostingReader withEstateResolver(IdResolver resolver) {
        return new JobPostingReader(employers, regions, trades, resolver);
    }

    /** @throws JobPostingFormatException when the posting cannot be read as a vacancy */
    public ImportedJobPosting read(JsonNode posting) {
        if (posting == null || !posting.isObject()) {
            throw new JobPostingFormatException("@type", "a JobPosting must be a JSON object");
        }
        checkType(posting.get("@type"));
        Extensions extensions = Extensions.of(posting);
        String title = required(posting, "title");
        LocalDate datePosted = PostingDates.day(required(posting, "datePosted"), "datePosted");
        LocalDate validThrough = PostingDates.lastDay(required(posting, "validThrough"), "validThrough");
        if (validThrough.isBefore(datePosted)) {
            throw new JobPostingFormatException("validThrough", "ends on " + validThrough + ", before datePosted " + datePosted);
        }
        JobPostingHints hints = hints(posting, title);
        String description = HtmlText.toPlainText(text(posting, "description"));
        EmploymentType employmentType = employmentType(posting.get("employmentType"));
        int openings = openings(posting);
        Pay pay = pay(posting, extensions);
        Requirements requirements = PostingRequirements.fromJson(posting, extensions);
        boolean shiftWork = extensions.bool(JobPostingVocabulary.SHIFT_WORK);
        VacancyStatus status = extensions.enumValue(VacancyStatus.class, JobPostingVocabulary.STATUS);
        Instant updatedAt = updatedAt(extensions);

        // last, so that a resolver that creates what it does not find never does so for a refused posting
        String employerId = resolved(Identifiers.ourId(property(posting, "hiringOrganization")), employers, hints, "hiringOrganization");
        String tradeId = resolved(extensions.text(JobPostingVocabulary.TRADE_ID), trades, hints, "occupationalCategory");
        String regionId = resolved(extensions.text(JobPostingVocabulary.REGION_ID), regions, hints, "jobLocation");
        String estateId = estateId(extensions.text(JobPostingVocabulary.ESTATE_ID), hints);

        Vacancy vacancy = new Vacancy(
                vacancyId(posting, hints, datePosted),
                title,
                description,
                employerId,
                tradeId,
                OccupationalCategory.kbjiCode(posting.get("occupationalCategory")),
                regionId,
                estateId,
                hints.locality(),
                employmentType,
                openings,
                pay,
                requirements,
                Skills.fromJson(posting.get("skills")),
                text(posting, "workHours"),
                shiftWork,
                howToApply(property(posting, "applicationContact")),
                datePosted,
                validThrough,
                status,
                updatedAt);
        return new ImportedJobPosting(vacancy, hints);
    }

    private static void checkType(JsonNode types) {
        if (types == null) {
            return;
        }
        for (JsonNode type : LdValues.each(types)) {
            String name = type.asText();
            if (name.equals("JobPosting") || name.endsWith("/JobPosting") || name.endsWith(":JobPosting")) {
                return;
            }
        }
        throw new JobPostingFormatException("@type", "expected JobPosting, got " + types);
    }

    private static String required(JsonNode posting, String name) {
        String value = text(posting, name);
        if (value == null) {
            throw JobPostingFormatException.missing(name);
        }
        return value;
    }

    private static JobPostingHints hints(JsonNode posting, String title) {
        JsonNode organization = property(posting, "hiringOrganization");
        if (organization == null) {
            throw JobPostingFormatException.missing("hiringOrganization");
        }
        String employerName = organization.isObject() ? text(organization, "name") : text(organization);
        if (employerName == null) {
            throw JobPostingFormatException.missing("hiringOrganization name");
        }
        JsonNode place = object(posting, "jobLocation");
        JsonNode address = object(place, "address");
        return new JobPostingHints(
                title,
                employerName,
                Identifiers.foreignId(organization),
                address == null ? text(place, "address") : text(address, "streetAddress"),
                text(address, "addressLocality"),
                text(address, "addressRegion"),
                text(place, "name"),
                OccupationalCategory.words(posting.get("occupationalCategory")));
    }

    /** The id the posting carries; only without one is the resolver asked, as it may look up or create. */
    private static String resolved(String carried, IdResolver resolver, JobPostingHints hints, String property) {
        String id = carried != null ? carried : resolver.resolve(hints);
        if (id == null) {
            throw new JobPostingFormatException(property, "cannot tell our id for it: the posting does not carry one"
                    + " and no resolver knows it (hints: " + hints + ")");
        }
        return id;
    }

    private String estateId(String carried, JobPostingHints hints) {
        return carried != null ? carried : estates.resolve(hints);
    }

    private static String vacancyId(JsonNode posting, JobPostingHints hints, LocalDate datePosted) {
        String id = Identifiers.anyId(posting);
        if (id != null) {
            return id;
        }
        String key = hints.employerName() + "\n" + hints.title() + "\n" + datePosted;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The first type we know; OTHER when there are types but none we know. */
    private static EmploymentType employmentType(JsonNode types) {
        if (LdValues.each(types).isEmpty()) {
            return null;
        }
        for (JsonNode type : LdValues.each(types)) {
            String name = text(type);
            if (name != null) {
                try {
                    return EmploymentType.valueOf(name.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
                } catch (IllegalArgumentException notOurs) {
                    // try the next one
                }
            }
        }
        return EmploymentType.OTHER;
    }

    /** A posting without totalJobOpenings offers one. */
    private static int openings(JsonNode posting) {
        Integer openings = LdValues.integer(property(posting, "totalJobOpenings"), "totalJobOpenings");
        if (openings != null && openings < 1) {
            throw new JobPostingFormatException("totalJobOpenings", "must be at least 1, got " + openings);
        }
        return openings == null ? 1 : openings;
    }

    private static Pay pay(JsonNode posting, Extensions extensions) {
        return BaseSalary.fromJson(posting,
                extensions.enumValue(PayKind.class, JobPostingVocabulary.PAY_KIND),
                extensions.enumValue(PayPeriod.class, JobPostingVocabulary.PAY_PERIOD));
    }

    /** Our instructions, or whatever contact details a foreign posting gives. */
    private static String howToApply(JsonNode contact) {
        if (contact == null || !contact.isObject()) {
            return text(contact);
        }
        String description = text(contact, "description");
        if (description != null) {
            return description;
        }
        String details = Stream.of("name", "telephone", "email", "url")
                .map(name -> text(contact, name))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return details.isEmpty() ? null : details;
    }

    private static Instant updatedAt(Extensions extensions) {
        String text = extensions.text(JobPostingVocabulary.UPDATED_AT);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new JobPostingFormatException(extensions.name(JobPostingVocabulary.UPDATED_AT),
                    "expected an ISO 8601 instant, got \"" + text + "\"", e);
        }
    }
}
