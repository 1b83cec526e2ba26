package id.anjungan.kiosk.slip;

import id.anjungan.kiosk.slip.SlipBlock.Divider;
import id.anjungan.kiosk.slip.SlipBlock.Heading;
import id.anjungan.kiosk.slip.SlipBlock.KeyValue;
import id.anjungan.kiosk.slip.SlipBlock.Qr;
import id.anjungan.kiosk.slip.SlipBlock.Style;
import id.anjungan.kiosk.slip.SlipBlock.Text;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * Draws the slip's blocks as a black-and-white picture exactly as wide as the printer's head
 * (384 dots on 58 mm paper, 576 on 80 mm) at 203 dpi, as tall as the content needs. One dot is one
 * pixel; text is drawn without grey edges, since a thermal head has none. The PNG, the PDF and the
 * ESC/POS raster are all this picture.
 */
public final class RasterSlipRenderer {
    private static final int SIDE_MARGIN = 8;
    private static final int TOP_MARGIN = 16;
    private static final int BOTTOM_MARGIN = 32;
    private static final int BLOCK_GAP = 10;
    private static final int LABEL_GAP = 2;
    private static final int DIVIDER_THICKNESS = 2;

    private final SlipFonts fonts;

    public RasterSlipRenderer(SlipFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    public BufferedImage render(SlipContent content, PaperWidth paper) {
        return render(SlipLayout.blocks(content), paper);
    }

    /** Any run of blocks, e.g. the part of the slip above a QR the printer draws itself. */
    public BufferedImage render(List<SlipBlock> blocks, PaperWidth paper) {
        BufferedImage scratch = new BufferedImage(paper.dots(), 1, BufferedImage.TYPE_BYTE_BINARY);
        int height = draw(scratch, blocks, paper);
        BufferedImage image = new BufferedImage(paper.dots(), height, BufferedImage.TYPE_BYTE_BINARY);
        draw(image, blocks, paper);
        return image;
    }

    /** The QR as this renderer draws it on this paper, module size included. */
    public static QrSymbol qrSymbol(String text, PaperWidth paper) {
        return QrSymbol.fit(text, contentWidth(paper));
    }

    /** Draws onto the image (whatever fits of it) and returns the height the blocks need. */
    private int draw(BufferedImage image, List<SlipBlock> blocks, PaperWidth paper) {
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
            int y = TOP_MARGIN;
            for (int i = 0; i < blocks.size(); i++) {
                if (i > 0) {
                    y += BLOCK_GAP;
                }
                y = drawBlock(g, blocks.get(i), paper, y);
            }
            return y + BOTTOM_MARGIN;
        } finally {
            g.dispose();
        }
    }

    private int drawBlock(Graphics2D g, SlipBlock block, PaperWidth paper, int y) {
        if (block instanceof Heading heading) {
            return drawText(g, heading.text(), Style.HEADING, true, paper, y);
        }
        if (block instanceof Text text) {
            return drawText(g, text.text(), text.style(), text.centred(), paper, y);
        }
        if (block instanceof KeyValue keyValue) {
            int below = drawText(g, keyValue.key(), Style.SMALL, false, paper, y);
            return drawText(g, keyValue.value(), keyValue.valueStyle(), false, paper, below + LABEL_GAP);
        }
        if (block instanceof Divider) {
            g.fillRect(SIDE_MARGIN, y + BLOCK_GAP, contentWidth(paper), DIVIDER_THICKNESS);
            return y + 2 * BLOCK_GAP + DIVIDER_THICKNESS;
        }
        if (block instanceof Qr qr) {
            return drawQr(g, qrSymbol(qr.text(), paper), paper, y);
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    private int drawText(Graphics2D g, String text, Style style, boolean centred, PaperWidth paper, int y) {
        Font font = fontFor(style, paper, text);
        FontMetrics metrics = g.getFontMetrics(font);
        g.setFont(font);
        int width = contentWidth(paper);
        for (String line : TextWrapper.wrap(text, metrics, width)) {
            int x = SIDE_MARGIN + (centred ? (width - metrics.stringWidth(line)) / 2 : 0);
            g.drawString(line, x, y + metrics.getAscent());
            y += metrics.getHeight();
        }
        return y;
    }

    private static int drawQr(Graphics2D g, QrSymbol symbol, PaperWidth paper, int y) {
        int dots = symbol.moduleDots();
        int quiet = QrSymbol.QUIET_ZONE_MODULES * dots;
        int left = SIDE_MARGIN + (contentWidth(paper) - symbol.sizeWithQuietZone()) / 2 + quiet;
        int top = y + quiet;
        for (int row = 0; row < symbol.modules(); row++) {
            for (int column = 0; column < symbol.modules(); column++) {
                if (symbol.isDark(column, row)) {
                    g.fillRect(left + column * dots, top + row * dots, dots, dots);
                }
            }
        }
        return y + symbol.sizeWithQuietZone();
    }

    /** The slip's font at this style's size; Java's SansSerif if the slip font lacks a character. */
    private Font fontFor(Style style, PaperWidth paper, String text) {
        boolean bold = style == Style.BOLD || style == Style.LARGE || style == Style.HEADING;
        Font base = bold ? fonts.bold() : fonts.regular();
        if (base.canDisplayUpTo(text) != -1) {
            base = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1);
        }
        return base.deriveFont((float) pixelSize(style, paper));
    }

    /** Sizes in dots (pixels): 24 dots is 3 mm, the height of a receipt printer's own font. */
    private static int pixelSize(Style style, PaperWidth paper) {
        boolean wide = paper == PaperWidth.MM_80;
        return switch (style) {
            case SMALL -> wide ? 22 : 20;
            case NORMAL, BOLD -> wide ? 27 : 24;
            case LARGE -> wide ? 36 : 32;
            case HEADING -> wide ? 42 : 36;
        };
    }

    private static int contentWidth(PaperWidth paper) {
        return paper.dots() - 2 * SIDE_MARGIN;
    }
}
