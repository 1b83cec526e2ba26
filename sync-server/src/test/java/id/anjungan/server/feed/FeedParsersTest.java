package id.anjungan.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParsersTest {

    @Test
    void aFeedsFormatIsRecognisedFromItsFirstBytesAndItsNameWhereTheyLeaveAChoice() {
        assertThat(FeedService.guessFormat("lowongan.csv", FeedFixtures.bytes("lowongan-blk-batang.csv"))).isEqualTo(FeedFormat.CSV);
        assertThat(FeedService.guessFormat("rekap", FeedFixtures.bytes("lowongan-blk-batang.xlsx"))).isEqualTo(FeedFormat.XLSX);
        assertThat(FeedService.guessFormat("data.txt", FeedFixtures.bytes("lowongan.json"))).isEqualTo(FeedFormat.JSON);
        assertThat(FeedService.guessFormat(null, FeedFixtures.bytes("jobpostings.jsonld"))).isEqualTo(FeedFormat.JSON_LD);
        assertThat(FeedService.guessFormat("/karier", FeedFixtures.bytes("lowongan.html"))).isEqualTo(FeedFormat.JSON_LD);
        assertThat(FeedService.guessFormat("lama.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}))
                .as("an old workbook goes to the XLSX reader, which says to save it as .xlsx").isEqualTo(FeedFormat.XLSX);
        assertThat(FeedService.guessFormat("posisi.json", "\uFEFF[{\"Judul\": \"Welder\"}]".getBytes(StandardCharsets.UTF_8)))
                .as("with a byte-order mark").isEqualTo(FeedFormat.JSON);
    }

    @Test
    void csvWithBomSemicolonsAndWindowsLineEndsIsReadUnderItsIndonesianHeaderWithExcelRowNumbers() {
        List<FeedRow> rows = FeedParsers.parse(FeedFormat.CSV, FeedFixtures.bytes("lowongan-blk-batang.csv"));

        assertThat(rows).hasSize(7);
        assertThat(rows).extracting(FeedRow::line).containsExactly(2, 3, 4, 5, 6, 7, 8);
        FeedRow.Columns first = (FeedRow.Columns) rows.get(0);
        // the byte-order mark is not part of the first column's name
        assertThat(first.values()).containsEntry("No", "1").containsEntry("Gaji", "Rp 2.600.000")
                .containsEntry("Batas Lamaran", "25/07/2025")
                .containsEntry("Keterangan", "Menjahit bagian atas sepatu.\r\nPelatihan dua minggu pertama.");
        assertThat(((FeedRow.Columns) rows.get(1)).values()).containsEntry("Keahlian", "SMAW; Membaca gambar kerja");
        // an empty cell is left out rather than kept blank
        assertThat(((FeedRow.Columns) rows.get(3)).values()).doesNotContainKey("Usia");
    }

    @Test
    void xlsxFindsItsHeaderUnderAHeadingAndReadsDateAndNumberCells() {
        List<FeedRow> rows = FeedParsers.parse(FeedFormat.XLSX, FeedFixtures.bytes("lowongan-blk-batang.xlsx"));

        assertThat(rows).extracting(FeedRow::line).containsExactly(4, 5, 6, 7, 8, 9, 10);
        FeedRow.Columns first = (FeedRow.Columns) rows.get(0);
        assertThat(first.values()).containsEntry("Batas Lamaran", LocalDate.of(2025, 7, 25))
                .containsEntry("Tanggal Posting", LocalDate.of(2025, 7, 1));
        assertThat((BigDecimal) first.values().get("Gaji")).isEqualByComparingTo("2600000");
        assertThat((BigDecimal) first.values().get("Jumlah Lowongan")).isEqualByComparingTo("25");
        // a date Excel could not take stays the text that was typed
        assertThat(((FeedRow.Columns) rows.get(6)).values()).containsEntry("Batas Lamaran", "31/02/2025");
    }

    @Test
    void excelSerialNumbersAreDaysInBothDateSystems() {
        assertThat(XlsxFeedParser.excelDate(new BigDecimal("45863"), false)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(XlsxFeedParser.excelDate(new BigDecimal("45863.75"), false)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(XlsxFeedParser.excelDate(new BigDecimal("44401"), true)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(XlsxFeedParser.isDateFormat(164, "dd/mm/yyyy")).isTrue();
        assertThat(XlsxFeedParser.isDateFormat(14, null)).isTrue();
        assertThat(XlsxFeedParser.isDateFormat(165, "\"Rp\" #,##0")).isFalse();
        assertThat(XlsxFeedParser.isDateFormat(166, "[$-421]d mmmm yyyy")).isTrue();
    }

    @Test
    void commaSeparatedCsvInTheWindowsCodePageWithAHeadingAboveTheHeaderIsRead() {
        String text = "Lowongan BLK Batang Juli 2025\n\nJudul,Perusahaan,Kejuruan,Batas Lamaran,Kecamatan\n"
                + "Welder,PT Logam Presisi Batang,Las,31/07/2025,Banyuputih – Kulon\n";
        byte[] windows1252 = text.getBytes(Charset.forName("windows-1252"));

        List<FeedRow> rows = FeedParsers.parse(FeedFormat.CSV, windows1252);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(4);
            assertThat(((FeedRow.Columns) row).values()).containsEntry("Kecamatan", "Banyuputih – Kulon");
        });
    }

    @Test
    void jsonObjectsKeepTheLineTheyStartOn() {
        List<FeedRow> rows = FeedParsers.parse(FeedFormat.JSON, FeedFixtures.bytes("lowongan.json"));

        assertThat(rows).extracting(FeedRow::line).containsExactly(2, 23, 35);
        FeedRow.Columns third = (FeedRow.Columns) rows.get(2);
        // a nested requirements object counts as the vacancy's own keys
        assertThat(third.values()).containsKeys("ageMin", "minimumEducation").doesNotContainKey("requirements");
        assertThat(((FeedRow.Columns) rows.get(0)).values().get("skills"))
                .isEqualTo(List.of("Mengemudikan forklift", "Membaca surat jalan"));
    }

    @Test
    void jsonLdArrayGivesOnePostingPerEntry() {
        List<FeedRow> rows = FeedParsers.parse(FeedFormat.JSON_LD, FeedFixtures.bytes("jobpostings.jsonld"));

        assertThat(rows).hasSize(2).allMatch(r -> r instanceof FeedRow.Posting);
        assertThat(rows).extracting(FeedRow::line).containsExactly(2, 24);
    }

    @Test
    void aWebPageGivesItsEmbeddedPostingsAndPassesOverOtherJsonLd() {
        List<FeedRow> rows = FeedParsers.parse(FeedFormat.JSON_LD, FeedFixtures.bytes("lowongan.html"));

        assertThat(rows).hasSize(2).allMatch(r -> r instanceof FeedRow.Posting);
        assertThat(rows).extracting(r -> ((FeedRow.Posting) r).posting().get("title").asText())
                .containsExactly("Teknisi Perawatan Mesin", "Helper Gudang");
        // lines of the page, also for a posting inside an @graph
        assertThat(rows.get(0).line()).isEqualTo(28);
        assertThat(rows.get(1).line()).isEqualTo(49);
    }

    @Test
    void contentOfAnotherFormatIsRefusedSayingWhatItIs() {
        byte[] errorPage = "<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FeedParsers.parse(FeedFormat.CSV, errorPage))
                .isInstanceOf(FeedUnreadableException.class).hasMessageContaining("halaman web (HTML), bukan CSV");
        assertThatThrownBy(() -> FeedParsers.parse(FeedFormat.XLSX, FeedFixtures.bytes("lowongan-blk-batang.csv")))
                .isInstanceOf(FeedUnreadableException.class).hasMessageContaining("bukan berkas Excel");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> FeedParsers.parse(FeedFormat.XLSX, xls))
                .isInstanceOf(FeedUnreadableException.class).hasMessageContaining(".xls").hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> FeedParsers.parse(FeedFormat.CSV, FeedFixtures.bytes("lowongan-blk-batang.xlsx")))
                .isInstanceOf(FeedUnreadableException.class).hasMessageContaining("XLSX");
        assertThatThrownBy(() -> FeedParsers.parse(FeedFormat.JSON, "[{\"title\": \"x\",]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FeedUnreadableException.class).hasMessageContaining("JSON tidak sah di baris 1");
        assertThatThrownBy(() -> FeedParsers.parse(FeedFormat.CSV, "a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FeedUnreadableException.class).hasMessageContaining("baris judul kolom tidak ditemukan");
        assertThatThrownBy(() -> FeedParsers.parse(FeedFormat.JSON_LD, "<html><body>Tidak ada lowongan</body></html>"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FeedUnreadableException.class).hasMessageContaining("tidak memuat JobPosting");
    }

    @Test
    void columnNamesMatchWhateverTheirCaseSpacesAndPunctuation() {
        assertThat(FeedField.forColumn("KABUPATEN / KOTA")).contains(FeedField.REGION);
        assertThat(FeedField.forColumn("kabupaten_kota")).contains(FeedField.REGION);
        assertThat(FeedField.forColumn("Gaji (Rp)")).contains(FeedField.PAY);
        assertThat(FeedField.forColumn("\uFEFFJudul")).contains(FeedField.TITLE);
        assertThat(FeedField.forColumn("Jumlah Lowongan")).contains(FeedField.OPENINGS);
        assertThat(FeedField.forColumn("Kota")).contains(FeedField.TOWN);
        assertThat(FeedField.forColumn("validThrough")).contains(FeedField.VALID_THROUGH);
        assertThat(FeedField.forColumn("Warna Seragam")).isEmpty();
    }
}
