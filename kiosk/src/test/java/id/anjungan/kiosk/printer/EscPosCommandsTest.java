package id.anjungan.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscPosCommandsTest {

    @Test
    void aTallPictureIsSentInBandsOfAtMost256Rows() {
        byte[] raster = EscPosCommands.rasterImage(white(384, 600));

        List<EscPosJobs.RasterBand> bands = EscPosJobs.rasterBands(raster);

        assertThat(bands).extracting(EscPosJobs.RasterBand::rows).containsExactly(256, 256, 88);
        assertThat(bands).allSatisfy(band -> assertThat(band.bytesPerRow()).isEqualTo(48));
        assertThat(raster).hasSize(3 * 8 + 48 * 600);
    }

    @Test
    void aDarkDotSetsItsBitWithTheLeftmostDotInTheHighestBit() {
        BufferedImage image = white(16, 1);
        image.setRGB(0, 0, 0x000000);
        image.setRGB(9, 0, 0x000000);

        byte[] raster = EscPosCommands.rasterImage(image);

        assertThat(raster).containsExactly(0x1D, 'v', '0', 0, 2, 0, 1, 0, 0x80, 0x40);
    }

    @Test
    void theNativeQrIsModel2WithTheGivenModuleSizeAndErrorCorrectionThenStoredAndPrinted() {
        byte[] qr = EscPosCommands.qrCode("ABK1:XYZ", 5, ErrorCorrectionLevel.Q);

        assertThat(qr).containsExactly(
                0x1D, '(', 'k', 4, 0, 0x31, 0x41, 0x32, 0,
                0x1D, '(', 'k', 3, 0, 0x31, 0x43, 5,
                0x1D, '(', 'k', 3, 0, 0x31, 0x45, 0x32,
                0x1D, '(', 'k', 11, 0, 0x31, 0x50, 0x30, 'A', 'B', 'K', '1', ':', 'X', 'Y', 'Z',
                0x1D, '(', 'k', 3, 0, 0x31, 0x51, 0x30);
    }

    @Test
    void statusRequestsAreDleEotN() {
        assertThat(EscPosCommands.statusRequest(4)).containsExactly(0x10, 0x04, 4);
    }

    private static BufferedImage white(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}
