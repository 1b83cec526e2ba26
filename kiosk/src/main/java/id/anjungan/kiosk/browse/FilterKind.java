package id.anjungan.kiosk.browse;

/** What a filter chip narrows the list by; one chosen value per kind at most. */
public enum FilterKind {
    /** The trade (kejuruan). */
    TRADE,
    /** The industrial estate, or the town when the work is outside an estate. */
    PLACE,
    /** The job seeker's own schooling: vacancies asking for at most that level. */
    EDUCATION,
    /** Full time, contract, internship… */
    EMPLOYMENT
}
