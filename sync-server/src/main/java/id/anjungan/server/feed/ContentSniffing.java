package id.anjungan.server.feed;

/**
 * Tells what a feed's content is when it is not what its source says: a web server's error page
 * where a CSV was expected, a workbook uploaded as CSV. The message says what was found instead.
 */
final class ContentSniffing {
    private ContentSniffing() {
    }

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** The old binary Excel format (.xls), an OLE2 compound file. */
    static boolean isOle2(byte[] content) {
        return content.length >= 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0;
    }

    static boolean looksLikeHtml(String text) {
        String start = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body") || start.startsWith("<?xml") || start.startsWith("<");
    }

    static boolean looksLikeJson(String text) {
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    /** Refuses content that is plainly another format than the one expected. */
    static void refuseIfNot(FeedFormat expected, byte[] content, String text) {
        String found = null;
        if (isZip(content)) {
            found = "berkas Excel (XLSX) atau ZIP";
        } else if (isOle2(content)) {
            found = "berkas Excel lama (.xls)";
        } else if (text != null && expected != FeedFormat.JSON_LD && looksLikeHtml(text)) {
            found = "halaman web (HTML)";
        } else if (text != null && expected == FeedFormat.CSV && looksLikeJson(text)) {
            found = "JSON";
        }
        if (found != null) {
            throw new FeedUnreadableException("isinya " + found + ", bukan " + name(expected)
                    + "; periksa alamat atau berkasnya, atau ganti format sumber ini");
        }
    }

    /** What a feed most likely is: its first bytes decide, the file name's ending where they leave a choice. */
    static FeedFormat guess(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (isZip(content) || isOle2(content)) {
            return FeedFormat.XLSX;
        }
        String text = new String(content, 0, Math.min(content.length, 64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (looksLikeJson(text)) {
            boolean jobPostings = text.contains("\"@context\"") || text.contains("JobPosting") || name.endsWith(".jsonld");
            return jobPostings ? FeedFormat.JSON_LD : FeedFormat.JSON;
        }
        if (looksLikeHtml(text)) {
            return FeedFormat.JSON_LD;
        }
        if (name.endsWith(".xlsx")) {
            return FeedFormat.XLSX;
        }
        return FeedFormat.CSV;
    }

    static String name(FeedFormat format) {
        return switch (format) {
            case CSV -> "CSV";
            case XLSX -> "Excel (XLSX)";
            case JSON -> "JSON";
            case JSON_LD -> "JSON-LD JobPosting";
        };
    }
}
