package id.anjungan.server.report;

import id.anjungan.protocol.reference.TrainingCentre;
import java.time.LocalDate;
import java.util.List;

/**
 * The demand-supply view of one centre: per trade, open positions around it against the people it trains.
 *
 * @param regionNames the regions whose vacancies count (the centre's kiosks' scope)
 * @param centres the centres the account may choose among (one for centre staff)
 * @param today the day vacancies are live on
 */
public record DemandSupply(TrainingCentre centre, int year, List<String> regionNames, List<TradeBalance> trades,
                           List<TrainingCentre> centres, LocalDate today) {
    public long shortageCount() {
        return trades.stream().filter(TradeBalance::shortage).count();
    }

    public int totalOpenPositions() {
        return trades.stream().mapToInt(TradeBalance::openPositions).sum();
    }

    public int totalTrainees() {
        return trades.stream().mapToInt(TradeBalance::traineesOrZero).sum();
    }

    public boolean anyTraineesEntered() {
        return trades.stream().anyMatch(t -> t.trainees() != null);
    }
}
