package id.anjungan.kiosk.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.Test;

class TradeIconsTest {
    private static final List<String> TRADES = List.of("las", "teknik-mesin", "listrik", "otomotif", "menjahit",
            "tata-kecantikan", "refrigerasi", "tik", "pengolahan-pangan", "bahasa", "logistik", "produksi");

    @Test
    void everyTradeTaughtAtTheCentresHasItsOwnPicture() {
        assertThat(TRADES).allMatch(TradeIcons::hasIcon);
        assertThat(TRADES.stream().map(trade -> glyph(trade).getContent()).distinct()).hasSize(TRADES.size());
    }

    @Test
    void anUnknownTradeGetsTheGeneralPictureInABadgeOfTheAskedSize() {
        Region badge = (Region) TradeIcons.badge("pertanian", 96);

        assertThat(TradeIcons.hasIcon("pertanian")).isFalse();
        assertThat(glyph("pertanian").getContent()).isNotBlank();
        assertThat(badge.getPrefWidth()).isEqualTo(96);
        assertThat(badge.getMaxHeight()).isEqualTo(96);
    }

    private static SVGPath glyph(String tradeId) {
        return (SVGPath) ((Region) TradeIcons.badge(tradeId, 96)).getChildrenUnmodifiable().get(0);
    }
}
