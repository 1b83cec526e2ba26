package id.anjungan.kiosk.printer;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Reads ESC/POS jobs back in tests: finds byte sequences and rebuilds the GS v 0 raster picture. */
final class EscPosJobs {
    record RasterBand(int bytesPerRow, int rows, int dataOffset) {
    }

    private EscPosJobs() {
    }

    static int indexOf(byte[] job, byte[] sequence) {
        outer:
        for (int i = 0; i + sequence.length <= job.length; i++) {
            for (int j = 0; j < sequence.length; j++) {
                if (job[i + j] != sequence[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The GS v 0 commands in the job, skipping over their data so picture bytes are never misread. */
    static List<RasterBand> rasterBands(byte[] job) {
        List<RasterBand> bands = new ArrayList<>();
        int i = 0;
        while (i + 8 <= job.length) {
            if (job[i] == 0x1D && job[i + 1] == 'v' && job[i + 2] == '0') {
                int bytesPerRow = (job[i + 4] & 0xFF) | (job[i + 5] & 0xFF) << 8;
                int rows = (job[i + 6] & 0xFF) | (job[i + 7] & 0xFF) << 8;
                bands.add(new RasterBand(bytesPerRow, rows, i + 8));
                i += 8 + bytesPerRow * rows;
            } else {
                i++;
            }
        }
        return bands;
    }

    /** All raster bands stacked into one black-and-white picture, as the printer would print them. */
    static BufferedImage rasterPicture(byte[] job) {
        List<RasterBand> bands = rasterBands(job);
        int width = bands.get(0).bytesPerRow() * 8;
        int height = bands.stream().mapToInt(RasterBand::rows).sum();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int y = 0;
        for (RasterBand band : bands) {
            for (int row = 0; row < band.rows(); row++, y++) {
                for (int x = 0; x < width; x++) {
                    int value = job[band.dataOffset() + row * band.bytesPerRow() + x / 8];
                    boolean dark = (value & (0x80 >> (x % 8))) != 0;
                    image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
                }
            }
        }
        return image;
    }
}
