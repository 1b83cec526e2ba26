package id.anjungan.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.slip.PaperWidth;
import javax.print.attribute.EnumSyntax;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;
import org.junit.jupiter.api.Test;

class RollMediaTest {
    /** Page sizes as a receipt printer's CUPS driver lists them. */
    private static final DriverPage ROLL_58_SHORT = new DriverPage(0, 58, 100);
    private static final DriverPage ROLL_58_LONG = new DriverPage(1, 58, 297);
    private static final DriverPage PRINTABLE_72_LONG = new DriverPage(2, 72, 3000);
    private static final DriverPage ROLL_80 = new DriverPage(3, 80, 210);

    @Test
    void theLongestPageAsWideAsTheRollIsAskedFor() {
        Media[] driver = {MediaSizeName.ISO_A4, ROLL_58_SHORT, ROLL_58_LONG, ROLL_80};

        assertThat(RollMedia.choose(driver, PaperWidth.MM_58)).contains(ROLL_58_LONG);
        assertThat(RollMedia.choose(driver, PaperWidth.MM_80)).contains(ROLL_80);
    }

    @Test
    void aPageAsWideAsThePrintableWidthAlsoCounts() {
        assertThat(RollMedia.choose(new Media[] {ROLL_58_SHORT, PRINTABLE_72_LONG}, PaperWidth.MM_80))
                .contains(PRINTABLE_72_LONG);
    }

    @Test
    void anOfficeQueueWithoutRollSizesKeepsItsOwnDefault() {
        Media[] office = {MediaSizeName.ISO_A4, MediaSizeName.NA_LETTER, MediaSizeName.ISO_A5};

        assertThat(RollMedia.choose(office, PaperWidth.MM_58)).isEmpty();
    }

    /** A page size the way Java makes one from a driver's list: a name with a registered size. */
    private static final class DriverPage extends MediaSizeName {
        private final String name;

        DriverPage(int value, float widthMm, float lengthMm) {
            super(1000 + value);
            this.name = "roll-" + widthMm + "x" + lengthMm + "mm";
            new MediaSize(widthMm, lengthMm, MediaSize.MM, this);
        }

        @Override
        protected String[] getStringTable() {
            String[] table = new String[1004];
            java.util.Arrays.fill(table, name);
            return table;
        }

        @Override
        protected EnumSyntax[] getEnumValueTable() {
            return null;
        }
    }
}
