package id.anjungan.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartsTest {

    @Test
    void aFunnelIsWellFormedSvgWithEveryLabelAndValueAndBarsInProportion() throws Exception {
        Document svg = parse(SvgCharts.funnel("Dari slip ke penempatan", List.of(
                new SvgCharts.Step("Slip dicetak", 40, "40", SvgCharts.ISSUED),
                new SvgCharts.Step("Diterima kerja", 10, "10 · 25,0 %", SvgCharts.HIRED))));

        assertThat(texts(svg)).containsExactly("Slip dicetak", "40", "Diterima kerja", "10 · 25,0 %");
        List<Integer> coloured = new ArrayList<>();
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (!rect.getAttribute("fill").equals("#e8ebef")) {
                coloured.add(Integer.parseInt(rect.getAttribute("width")));
            }
        }
        assertThat(coloured).hasSize(2);
        assertThat(coloured.get(0)).isEqualTo(4 * coloured.get(1));
    }

    @Test
    void namesAreEscapedAndLongLabelsWrapWithinTheDrawing() throws Exception {
        String name = "Pengolahan Hasil Pertanian dan Makanan <PT \"A&B\">";
        Document svg = parse(SvgCharts.demandSupply("Chart", "Lowongan terbuka", "Peserta pelatihan",
                List.of(new SvgCharts.Pair(name, 173, 16, true, "kekurangan 157"))));

        NodeList spans = svg.getElementsByTagName("tspan");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < spans.getLength(); i++) {
            lines.add(spans.item(i).getTextContent());
        }
        assertThat(String.join(" ", lines)).isEqualTo(name + " — kekurangan 157");
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(SvgCharts.LINE_CHARS));
    }

    @Test
    void aWordLongerThanALineIsCut() {
        assertThat(SvgCharts.lines("x".repeat(90))).containsExactly("x".repeat(38), "x".repeat(38), "x".repeat(14));
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent());
        }
        return result;
    }
}
