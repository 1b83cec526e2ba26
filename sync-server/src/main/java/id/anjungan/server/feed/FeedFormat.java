package id.anjungan.server.feed;

/** The formats a feed source can be in. */
public enum FeedFormat {
    /** Comma-, semicolon- or tab-separated values with a header row, as Excel and LibreOffice save them. */
    CSV,
    /** An Excel workbook (Office Open XML, Excel 2007 and later); the first sheet with a header row is read. */
    XLSX,
    /** A JSON array of objects with our field names or the same column names as a spreadsheet. */
    JSON,
    /** schema.org JobPosting in JSON-LD: an array, one object, an @graph, or ld+json blocks in a web page. */
    JSON_LD
}
