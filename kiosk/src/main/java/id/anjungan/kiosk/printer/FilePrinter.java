package id.anjungan.kiosk.printer;

import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.slip.RasterSlipRenderer;
import id.anjungan.kiosk.slip.SlipContent;
import id.anjungan.kiosk.slip.SlipPdf;
import id.anjungan.kiosk.slip.SlipPng;
import id.anjungan.protocol.kiosk.PrinterState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * The demo's "printer": each slip becomes {@code slip-<code>.png} and {@code slip-<code>.pdf} in a
 * folder (a reprint replaces them). Files appear whole: each is written beside its final name
 * and then renamed, so a screen showing the PNG never sees half of one.
 */
public final class FilePrinter implements SlipPrinter {
    private final Path folder;
    private final PaperWidth paper;
    private final RasterSlipRenderer renderer;

    public FilePrinter(Path folder, PaperWidth paper, RasterSlipRenderer renderer) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.paper = Objects.requireNonNull(paper, "paper");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public PrintResult print(SlipContent slip) {
        BufferedImage image = renderer.render(slip, paper);
        String base = "slip-" + slip.shortCode();
        try {
            Files.createDirectories(folder);
            Path png = writeWhole(folder.resolve(base + ".png"), SlipPng.bytes(image));
            Path pdf = writeWhole(folder.resolve(base + ".pdf"), SlipPdf.bytes(image, paper));
            return PrintResult.printedToFiles("the folder " + folder, List.of(png, pdf));
        } catch (IOException e) {
            return PrintResult.failed(PrinterState.OFFLINE, "Could not write the slip to the folder " + folder
                    + " (" + e + "): check that the disk is not full and the kiosk may write there.");
        }
    }

    @Override
    public PrinterState status() {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.isDirectory(existing) && Files.isWritable(existing)
                ? PrinterState.READY : PrinterState.OFFLINE;
    }

    private static Path writeWhole(Path file, byte[] bytes) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.write(partial, bytes);
        return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
