package id.anjungan.kiosk.printer;

import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.slip.RasterSlipRenderer;
import id.anjungan.kiosk.slip.SlipContent;
import id.anjungan.kiosk.slip.SlipPdf;
import id.anjungan.kiosk.slip.SlipPng;
import id.anjungan.protocol.kiosk.PrinterState;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.print.Printable;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;

/**
 * A printer the operating system knows, through javax.print: on Linux a CUPS queue (Java hands
 * the job to CUPS with {@code lpr}, from Debian's cups-bsd). The slip goes as its PDF where the
 * queue takes PDF, else as its PNG, else drawn through Java's own printing. CUPS tells Java only
 * whether a queue accepts jobs, so the state is READY or OFFLINE, never paper or cover. The job
 * asks for the queue's roll-sized page where it has one (see {@link RollMedia}).
 */
public final class SystemPrinter implements SlipPrinter {
    private final String serviceName;
    private final PaperWidth paper;
    private final RasterSlipRenderer renderer;

    public SystemPrinter(String serviceName, PaperWidth paper, RasterSlipRenderer renderer) {
        this.serviceName = Objects.requireNonNull(serviceName, "serviceName");
        this.paper = Objects.requireNonNull(paper, "paper");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** The print service with this name, or null; CUPS queue names are not case-sensitive. */
    public static PrintService find(String name) {
        for (PrintService service : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (service.getName().equalsIgnoreCase(name)) {
                return service;
            }
        }
        return null;
    }

    @Override
    public PrintResult print(SlipContent slip) {
        PrintService service = find(serviceName);
        if (service == null) {
            return PrintResult.failed(PrinterState.OFFLINE, noSuchQueue());
        }
        PrinterState state = stateOf(service);
        if (state == PrinterState.OFFLINE) {
            return PrintResult.refusedBy(state, name());
        }
        BufferedImage image = renderer.render(slip, paper);
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName("slip-" + slip.shortCode(), null));
        attributes.add(new Copies(1));
        SimpleDoc document = document(service, image);
        RollMedia.forQueue(service, document.getDocFlavor(), paper).ifPresent(attributes::add);
        DocPrintJob job = service.createPrintJob();
        try {
            job.print(document, attributes);
        } catch (PrintException e) {
            return PrintResult.failed(PrinterState.UNKNOWN, "The print queue " + serviceName
                    + " did not take the slip (" + e.getMessage() + "). Check the queue in the CUPS page at "
                    + "http://localhost:631/printers/" + serviceName + ".");
        }
        return PrintResult.printed(state, name());
    }

    @Override
    public PrinterState status() {
        PrintService service = find(serviceName);
        return service == null ? PrinterState.OFFLINE : stateOf(service);
    }

    private static PrinterState stateOf(PrintService service) {
        PrinterIsAcceptingJobs accepting = service.getAttribute(PrinterIsAcceptingJobs.class);
        if (accepting == null) {
            return PrinterState.UNKNOWN;
        }
        return accepting == PrinterIsAcceptingJobs.ACCEPTING_JOBS ? PrinterState.READY : PrinterState.OFFLINE;
    }

    private SimpleDoc document(PrintService service, BufferedImage image) {
        if (service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
            return new SimpleDoc(new ByteArrayInputStream(SlipPdf.bytes(image, paper)), DocFlavor.INPUT_STREAM.PDF, null);
        }
        if (service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PNG)) {
            return new SimpleDoc(new ByteArrayInputStream(SlipPng.bytes(image)), DocFlavor.INPUT_STREAM.PNG, null);
        }
        return new SimpleDoc(drawn(image), DocFlavor.SERVICE_FORMATTED.PRINTABLE, null);
    }

    /** The picture at its true size (203 dots an inch), at the top left of the printable area. */
    private static Printable drawn(BufferedImage image) {
        return (graphics, format, page) -> {
            if (page > 0) {
                return Printable.NO_SUCH_PAGE;
            }
            Graphics2D g = (Graphics2D) graphics;
            g.translate(format.getImageableX(), format.getImageableY());
            g.scale(72.0 / PaperWidth.DPI, 72.0 / PaperWidth.DPI);
            g.drawImage(image, 0, 0, null);
            return Printable.PAGE_EXISTS;
        };
    }

    private String name() {
        return "the print queue " + serviceName;
    }

    private String noSuchQueue() {
        return "This computer has no print queue named " + serviceName + ". Check printer.service in the kiosk "
                + "settings against the names that 'lpstat -p' lists, and that CUPS is running.";
    }
}
