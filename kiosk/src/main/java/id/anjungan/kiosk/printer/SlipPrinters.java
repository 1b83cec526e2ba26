package id.anjungan.kiosk.printer;

import id.anjungan.kiosk.slip.RasterSlipRenderer;
import id.anjungan.kiosk.slip.SlipFonts;

/** Makes the slip printer a configuration asks for. */
public final class SlipPrinters {

    private SlipPrinters() {
    }

    /** With the installed slip font (Noto Sans, else DejaVu Sans, else SansSerif). */
    public static SlipPrinter create(PrinterConfig config) {
        return create(config, new RasterSlipRenderer(SlipFonts.installed()));
    }

    public static SlipPrinter create(PrinterConfig config, RasterSlipRenderer renderer) {
        return switch (config.kind()) {
            case ESCPOS_TCP -> new EscPosTcpPrinter(config, new EscPosSlipEncoder(renderer, config.paper(), config.nativeQr()));
            case ESCPOS_DEVICE -> new EscPosDevicePrinter(config,
                    new EscPosSlipEncoder(renderer, config.paper(), config.nativeQr()));
            case SYSTEM -> new SystemPrinter(config.serviceName(), config.paper(), renderer);
            case FILE -> new FilePrinter(config.folder(), config.paper(), renderer);
        };
    }
}
