package id.anjungan.protocol.jobposting;

/** A JobPosting that cannot be read as a vacancy; the message names the offending property. */
public final class JobPostingFormatException extends RuntimeException {
    private final String property;

    public JobPostingFormatException(String property, String problem) {
        this(property, problem, null);
    }

    public JobPostingFormatException(String property, String problem, Throwable cause) {
        super("JobPosting " + property + ": " + problem, cause);
        this.property = property;
    }

    static JobPostingFormatException missing(String property) {
        return new JobPostingFormatException(property, "required, but missing");
    }

    /** The JSON-LD property at fault, such as "title" or "baseSalary". */
    public String property() {
        return property;
    }
}
