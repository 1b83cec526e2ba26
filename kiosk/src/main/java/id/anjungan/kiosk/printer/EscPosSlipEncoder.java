package id.anjungan.kiosk.printer;

import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.slip.QrSymbol;
import id.anjungan.kiosk.slip.RasterSlipRenderer;
import id.anjungan.kiosk.slip.SlipBlock;
import id.anjungan.kiosk.slip.SlipContent;
import id.anjungan.kiosk.slip.SlipLayout;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One slip as an ESC/POS job: initialise, the slip as a raster picture the width of the head,
 * then feed and cut. With native QR, the picture is split around the QR and the printer draws
 * the QR itself, at the module size and error correction the picture would have used.
 */
public final class EscPosSlipEncoder {
    private final RasterSlipRenderer renderer;
    private final PaperWidth paper;
    private final boolean nativeQr;

    public EscPosSlipEncoder(RasterSlipRenderer renderer, PaperWidth paper, boolean nativeQr) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.paper = Objects.requireNonNull(paper, "paper");
        this.nativeQr = nativeQr;
    }

    public byte[] encode(SlipContent slip) {
        ByteArrayOutputStream job = new ByteArrayOutputStream(64 * 1024);
        job.writeBytes(EscPosCommands.initialise());
        List<SlipBlock> blocks = SlipLayout.blocks(slip);
        if (nativeQr) {
            writeWithNativeQr(job, blocks);
        } else {
            job.writeBytes(EscPosCommands.rasterImage(renderer.render(blocks, paper)));
        }
        job.writeBytes(EscPosCommands.feedAndCut());
        return job.toByteArray();
    }

    private void writeWithNativeQr(ByteArrayOutputStream job, List<SlipBlock> blocks) {
        List<SlipBlock> run = new ArrayList<>();
        for (SlipBlock block : blocks) {
            if (block instanceof SlipBlock.Qr qr) {
                writeRaster(job, run);
                run.clear();
                QrSymbol symbol = RasterSlipRenderer.qrSymbol(qr.text(), paper);
                job.writeBytes(EscPosCommands.align(true));
                job.writeBytes(EscPosCommands.qrCode(qr.text(), symbol.moduleDots(), symbol.level()));
                job.writeBytes(EscPosCommands.align(false));
                // The printer adds no quiet zone below its QR; the part above already ends in white.
                job.writeBytes(EscPosCommands.rasterImage(white(QrSymbol.QUIET_ZONE_MODULES * symbol.moduleDots())));
            } else {
                run.add(block);
            }
        }
        writeRaster(job, run);
    }

    private BufferedImage white(int rows) {
        BufferedImage image = new BufferedImage(paper.dots(), rows, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), rows);
        g.dispose();
        return image;
    }

    private void writeRaster(ByteArrayOutputStream job, List<SlipBlock> run) {
        if (!run.isEmpty()) {
            job.writeBytes(EscPosCommands.rasterImage(renderer.render(run, paper)));
        }
    }
}
