package id.anjungan.server.feed;

import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.IndustrialEstate;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.reference.RegionKind;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.reference.TrainingCentre;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds employers, regions, trades and industrial estates by the names staff write, case- and
 * punctuation-insensitively, or by our ids. Employers match without their legal form or a bracketed
 * note ("PT. Sepatu Nusantara Makmur" is "PT Sepatu Nusantara Makmur (fiktif)"); regions with or
 * without "Kabupaten"/"Kab."/"Kota", or by BPS code; trades by any part of a name split at "/" or a
 * bracket ("Las", "Pengelasan", "AC"); estates by name or short name. Not found, or ambiguous, gives a
 * {@link BadValue} saying so in Indonesian.
 */
final class ReferenceIndex {
    private static final Pattern REGION_PREFIX = Pattern.compile("^(kabupaten|kab|kotamadya|kota|kot)\\b\\.?\\s*(.*)$");

    private final ReferenceData data;
    private final Map<String, List<Employer>> employers = new HashMap<>();
    private final Map<String, List<Region>> regions = new HashMap<>();
    private final Map<String, Trade> trades = new HashMap<>();
    private final Map<String, IndustrialEstate> estates = new HashMap<>();

    ReferenceIndex(ReferenceData data) {
        this.data = data;
        for (Employer employer : data.employers()) {
            employers.computeIfAbsent(employerKey(employer.name()), k -> new ArrayList<>()).add(employer);
        }
        for (Region region : data.regions()) {
            regions.computeIfAbsent(key(region.name()), k -> new ArrayList<>()).add(region);
        }
        for (Trade trade : data.trades()) {
            trades.put(key(trade.id()), trade);
            trades.putIfAbsent(key(trade.name()), trade);
            String withoutBrackets = trade.name().replaceAll("\\(([^)]*)\\)", "/$1");
            for (String part : withoutBrackets.split("/")) {
                if (!key(part).isEmpty()) {
                    trades.putIfAbsent(key(part), trade);
                }
            }
        }
        for (IndustrialEstate estate : data.estates()) {
            estates.put(key(estate.id()), estate);
            estates.putIfAbsent(key(estate.name()), estate);
            if (estate.shortName() != null) {
                estates.putIfAbsent(key(estate.shortName()), estate);
            }
        }
    }

    Employer employer(String text) {
        var byId = data.employer(text.strip());
        if (byId.isPresent()) {
            return byId.get();
        }
        List<Employer> found = employers.getOrDefault(employerKey(text), List.of());
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            throw new BadValue("perusahaan '" + text + "' ada lebih dari satu di data referensi; tulis kodenya ("
                    + String.join(", ", found.stream().map(Employer::id).toList()) + ")");
        }
        throw new BadValue("perusahaan '" + text + "' tidak dikenal; daftarkan dulu di data referensi");
    }

    /**
     * The region a name means. "Pekalongan" is both a regency and a city: the one the employer is in is
     * taken when it is one of them.
     */
    Region region(String text, String employerRegionId) {
        var byId = data.region(text.strip());
        if (byId.isPresent()) {
            return byId.get();
        }
        String lower = plain(text);
        RegionKind kind = null;
        Matcher m = REGION_PREFIX.matcher(lower);
        if (m.matches() && !m.group(2).isBlank()) {
            kind = m.group(1).startsWith("kab") ? RegionKind.KABUPATEN : RegionKind.KOTA;
            lower = m.group(2);
        }
        RegionKind wanted = kind;
        List<Region> found = new ArrayList<>(regions.getOrDefault(key(lower), List.of()));
        if (wanted != null) {
            found.removeIf(r -> r.kind() != wanted);
        }
        if (found.size() > 1) {
            var employers = found.stream().filter(r -> r.id().equals(employerRegionId)).toList();
            if (employers.size() == 1) {
                return employers.get(0);
            }
            throw new BadValue("kabupaten/kota '" + text + "' tidak jelas: "
                    + String.join(" atau ", found.stream().map(Region::displayName).toList()) + "?");
        }
        if (found.isEmpty()) {
            throw new BadValue("kabupaten/kota '" + text + "' tidak dikenal");
        }
        return found.get(0);
    }

    Trade trade(String text) {
        Trade trade = trades.get(key(text));
        if (trade == null) {
            throw new BadValue("kejuruan '" + text + "' tidak dikenal");
        }
        return trade;
    }

    IndustrialEstate estate(String text) {
        IndustrialEstate estate = estates.get(key(text));
        if (estate == null) {
            throw new BadValue("kawasan industri '" + text + "' tidak dikenal");
        }
        return estate;
    }

    Region regionOf(Employer employer) {
        return data.region(employer.regionId()).orElse(null);
    }

    Optional<TrainingCentre> centre(String id) {
        return data.centre(id);
    }

    Employer employerById(String id) {
        return data.employer(id).orElse(null);
    }

    boolean hasTrade(String id) {
        return data.trade(id).isPresent();
    }

    boolean hasRegion(String id) {
        return data.region(id).isPresent();
    }

    boolean hasEstate(String id) {
        return data.estate(id).isPresent();
    }

    private static String employerKey(String name) {
        String words = plain(name).replaceAll("\\([^)]*\\)", " ").replaceAll("[.,]", " ");
        words = (" " + words + " ").replaceAll(" (pt|cv|ud|pd|fa|tbk|persero|koperasi|kop) ", " ")
                .replaceAll(" (pt|cv|ud|pd|fa|tbk|persero) ", " ");
        return key(words);
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    /** Lower case letters and digits only; "&" reads as "dan". */
    static String key(String text) {
        return plain(text).replace("&", " dan ").replaceAll("[^a-z0-9]", "");
    }
}
