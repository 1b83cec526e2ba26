package id.anjungan.protocol.jobposting;

/**
 * What a JobPosting says about its employer, place and occupation in words rather than our ids.
 * Any of these may be null.
 *
 * @param employerIdentifier the hiring organization's identifier in the feed's own terms
 * @param locality addressLocality of the job location: a town or district
 * @param regionName addressRegion of the job location: a regency or city in our postings, often a
 *     province in others
 * @param estateName the name of the job location's Place; an industrial estate in our postings
 * @param occupation the occupationalCategory as text, or the name of a category code outside KBJI
 */
public record JobPostingHints(
        String title,
        String employerName,
        String employerIdentifier,
        String streetAddress,
        String locality,
        String regionName,
        String estateName,
        String occupation) {
}
