package id.anjungan.kiosk.store;

import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.vacancy.Vacancy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SQLite FTS5 index behind the kiosk's search: a vacancy is found by its title, employer, trade,
 * town, estate, region or skills, typed in any case, with or without accents, and by word prefixes.
 */
final class SearchIndex {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchIndex() {
    }

    /**
     * (Re)writes the index rows of these vacancies, which must already be in the vacancy table. A row
     * whose text is unchanged is left alone: an FTS5 update is a delete and an insert of every word,
     * the most expensive part of applying a change, and most edits (a deadline, the openings, the
     * status) touch no indexed text.
     */
    static void index(Connection connection, Collection<Vacancy> vacancies, ReferenceData reference) throws SQLException {
        try (PreparedStatement current = connection.prepareStatement(
                     "SELECT v.rowid, s.title, s.employer, s.trade, s.place, s.skills FROM vacancy v"
                             + " LEFT JOIN vacancy_search s ON s.rowid = v.rowid WHERE v.id = ?");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM vacancy_search WHERE rowid = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO vacancy_search (rowid, title, employer, trade, place, skills) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Vacancy vacancy : vacancies) {
                String[] text = {
                        vacancy.title(),
                        reference.employer(vacancy.employerId()).map(Employer::name).orElse(""),
                        reference.trade(vacancy.tradeId()).map(Trade::name).orElse(vacancy.tradeId()),
                        place(vacancy, reference),
                        String.join(" ", vacancy.skills())};
                current.setString(1, vacancy.id());
                long id;
                try (ResultSet rows = current.executeQuery()) {
                    if (!rows.next()) {
                        continue;
                    }
                    id = rows.getLong(1);
                    if (rows.getString(2) != null) {
                        if (sameText(rows, text)) {
                            continue;
                        }
                        delete.setLong(1, id);
                        delete.executeUpdate();
                    }
                }
                insert.setLong(1, id);
                for (int i = 0; i < text.length; i++) {
                    insert.setString(i + 2, text[i]);
                }
                insert.executeUpdate();
            }
        }
    }

    /** Marks these vacancies (already written) for {@link #indexPending}. */
    static void defer(Connection connection, Collection<Vacancy> vacancies) throws SQLException {
        try (PreparedStatement pending = connection.prepareStatement(
                "INSERT OR IGNORE INTO search_pending (vacancy_rowid) SELECT rowid FROM vacancy WHERE id = ?")) {
            for (Vacancy vacancy : vacancies) {
                pending.setString(1, vacancy.id());
                pending.addBatch();
            }
            pending.executeBatch();
        }
    }

    /** Writes the index rows of the vacancies {@link #defer}red, as they are now, and forgets them. */
    static void indexPending(Connection connection, ReferenceData reference) throws SQLException {
        List<Vacancy> pending = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT v.json FROM search_pending p JOIN vacancy v ON v.rowid = p.vacancy_rowid");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                pending.add(KioskStore.parse(rows.getString(1), Vacancy.class));
            }
        }
        if (!pending.isEmpty()) {
            index(connection, pending, reference);
        }
        clearPending(connection);
    }

    static void clearPending(Connection connection) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM search_pending")) {
            clear.executeUpdate();
        }
    }

    private static boolean sameText(ResultSet indexed, String[] text) throws SQLException {
        for (int i = 0; i < text.length; i++) {
            if (!text[i].equals(indexed.getString(i + 2))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The FTS5 query for what a job seeker typed: every word must match the start of a word in the
     * vacancy; empty when nothing searchable was typed.
     */
    static String query(String typed) {
        if (typed == null) {
            return "";
        }
        return WORD.matcher(typed.toLowerCase(Locale.ROOT)).results()
                .map(match -> "\"" + match.group() + "\"*")
                .collect(Collectors.joining(" "));
    }

    /** Whether the text typed has only words of one or two letters, as at the first keystrokes ("o", "pt s"). */
    static boolean isShortPrefix(String typed) {
        if (typed == null) {
            return false;
        }
        List<String> words = WORD.matcher(typed.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
        return !words.isEmpty() && words.stream().allMatch(word -> word.length() <= 2);
    }

    private static String place(Vacancy vacancy, ReferenceData reference) {
        return Stream.of(
                        vacancy.town(),
                        reference.estate(vacancy.estateId() == null ? "" : vacancy.estateId())
                                .map(e -> e.name() + " " + (e.shortName() == null ? "" : e.shortName())).orElse(null),
                        reference.region(vacancy.regionId()).map(Region::displayName).orElse(null))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }
}
