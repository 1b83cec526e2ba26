package id.anjungan.server.report;

/**
 * The referral funnel of one group (or of all of them): of the slips issued in the period, how many
 * were presented, led to an interview, and to a hire.
 *
 * @param key the group's id (centre, trade, estate or employer id); null for "none" or for the total
 * @param label the group's name; null when the group is "none" (no estate, a vacancy no longer known)
 */
public record PlacementRow(String key, String label, int issued, int presented, int interviewed, int hired) {
    /** Hired per slip issued, 0 to 1; 0 when none were issued. */
    public double placementRate() {
        return issued == 0 ? 0 : (double) hired / issued;
    }

    PlacementRow plus(boolean wasPresented, boolean wasInterviewed, boolean wasHired) {
        return new PlacementRow(key, label, issued + 1, presented + (wasPresented ? 1 : 0),
                interviewed + (wasInterviewed ? 1 : 0), hired + (wasHired ? 1 : 0));
    }
}
