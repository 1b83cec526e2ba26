package id.anjungan.kiosk.printer;

import id.anjungan.kiosk.slip.PaperWidth;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;

/**
 * Picks the page size to ask a system print queue for. Without one, Java's {@code lpr} call names
 * none and CUPS picks a size itself (for the 58 mm slip PDF, cups-pdf chose Letter); a thermal
 * printer's driver could then fit the slip onto some other page than the roll. Receipt drivers list
 * their roll as page sizes such as 58 x 210 mm: the one as wide as the roll (or as its printable
 * width) and longest wins. A queue without one (an office printer, cups-pdf) is left to choose,
 * and the slip comes out at its true size on that page.
 */
final class RollMedia {
    private static final float TOLERANCE_MM = 1.5f;

    private RollMedia() {
    }

    static Optional<MediaSizeName> forQueue(PrintService service, DocFlavor flavor, PaperWidth paper) {
        Object supported = service.getSupportedAttributeValues(Media.class, flavor, null);
        return supported instanceof Media[] media ? choose(media, paper) : Optional.empty();
    }

    static Optional<MediaSizeName> choose(Media[] supported, PaperWidth paper) {
        float printableMm = paper.dots() * 25.4f / PaperWidth.DPI;
        MediaSizeName best = null;
        float bestLength = 0;
        for (Media media : supported) {
            if (!(media instanceof MediaSizeName name)) {
                continue;
            }
            MediaSize size = MediaSize.getMediaSizeForName(name);
            if (size == null) {
                continue;
            }
            float width = size.getX(MediaSize.MM);
            boolean rollWide = Math.abs(width - paper.millimetres()) <= TOLERANCE_MM
                    || Math.abs(width - printableMm) <= TOLERANCE_MM;
            if (rollWide && size.getY(MediaSize.MM) > bestLength) {
                best = name;
                bestLength = size.getY(MediaSize.MM);
            }
        }
        return Optional.ofNullable(best);
    }
}
