package id.anjungan.server.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Vacancy ids of a feed are stable from run to run: "feed-{source}-{the source's own id}", or
 * "feed-{source}-{hash}" of the employer and title when the feed has no id column (or its id does not
 * fit). Every id of a source starts with {@link #prefix}, which is how a run finds the vacancies it owns.
 */
final class FeedVacancyIds {
    /** The vacancy table's id column is VARCHAR(64). */
    static final int MAX_LENGTH = 64;

    private FeedVacancyIds() {
    }

    static String prefix(String sourceId) {
        return "feed-" + sourceId + "-";
    }

    static String of(String sourceId, String ownId, String employerId, String title) {
        String prefix = prefix(sourceId);
        if (ownId != null) {
            String slug = ownId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (!slug.isEmpty() && prefix.length() + slug.length() <= MAX_LENGTH) {
                return prefix + slug;
            }
            return prefix + "k" + hash(ownId);
        }
        return prefix + hash(employerId + "\n" + title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of a feed's bytes in hex, to tell whether it changed between a preview and a run. */
    static String contentHash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
