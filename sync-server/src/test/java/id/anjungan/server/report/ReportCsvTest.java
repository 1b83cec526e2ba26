package id.anjungan.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaAreMadeTextButNumbersStayNumbers() {
        String csv = new String(ReportCsv.write(';', List.of("Pemberi kerja", "Selisih"), List.of(
                List.of("=HYPERLINK(\"http://x\")", "-4"), List.of("@SUM(A1)", "12,5"), List.of("PT Sepatu; Batang", "0"))),
                StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFPemberi kerja;Selisih\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\";-4\r\n"
                + "'@SUM(A1);12,5\r\n"
                + "\"PT Sepatu; Batang\";0\r\n");
    }
}
