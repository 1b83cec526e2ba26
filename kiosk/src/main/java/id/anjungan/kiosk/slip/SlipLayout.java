package id.anjungan.kiosk.slip;

import id.anjungan.kiosk.slip.SlipBlock.Divider;
import id.anjungan.kiosk.slip.SlipBlock.Heading;
import id.anjungan.kiosk.slip.SlipBlock.KeyValue;
import id.anjungan.kiosk.slip.SlipBlock.Qr;
import id.anjungan.kiosk.slip.SlipBlock.Style;
import id.anjungan.kiosk.slip.SlipBlock.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The one layout of a referral slip. Paper, PNG and PDF all draw these blocks, so they all say
 * the same. Order follows who reads it: the job seeker and the gate guard first see what job and
 * which company, then the QR with the code and the deadline, then where to go, then (only if
 * given) the job seeker's name and phone.
 */
public final class SlipLayout {

    private SlipLayout() {
    }

    public static List<SlipBlock> blocks(SlipContent content) {
        SlipText text = SlipText.forLocale(content.language());
        List<SlipBlock> blocks = new ArrayList<>();
        blocks.add(new Text(content.centreName(), Style.SMALL, true));
        blocks.add(new Heading(content.title()));
        blocks.add(new Divider());
        blocks.add(new KeyValue(text.get("vacancy"), content.vacancyTitle(), Style.LARGE));
        blocks.add(new KeyValue(text.get("employer"), content.employerName(), Style.BOLD));
        if (!content.location().isEmpty()) {
            blocks.add(new KeyValue(text.get("location"), content.location(), Style.NORMAL));
        }
        blocks.add(new Divider());
        blocks.add(new Text(text.get("scanHint"), Style.SMALL, true));
        blocks.add(new Qr(content.qrText()));
        blocks.add(new Text(text.get("code") + ": " + content.shortCode(), Style.LARGE, true));
        blocks.add(new Text(text.get("expires") + " " + content.expiryDate(), Style.BOLD, true));
        blocks.add(new Text(text.get("issued") + " " + content.issuedDate(), Style.NORMAL, true));
        blocks.add(new Divider());
        if (!content.intakeAddress().isEmpty()) {
            blocks.add(new KeyValue(text.get("intakeAddress"), content.intakeAddress(), Style.NORMAL));
        }
        if (!content.intakeInstructions().isEmpty()) {
            blocks.add(new KeyValue(text.get("instructions"), content.intakeInstructions(), Style.NORMAL));
        }
        if (content.hasApplicant()) {
            blocks.add(new Divider());
            if (content.applicantName() != null) {
                blocks.add(new KeyValue(text.get("applicantName"), content.applicantName(), Style.BOLD));
            }
            if (content.applicantPhone() != null) {
                blocks.add(new KeyValue(text.get("applicantPhone"), content.applicantPhone(), Style.BOLD));
            }
            blocks.add(new Text(content.consentLine(), Style.SMALL, false));
        }
        blocks.add(new Divider());
        blocks.add(new Text(text.get("free"), Style.SMALL, true));
        return List.copyOf(blocks);
    }
}
