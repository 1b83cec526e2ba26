package id.anjungan.protocol.json;

import static id.anjungan.protocol.Fixtures.asWritten;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.Fixtures;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.RegionKind;
import id.anjungan.protocol.reference.TrainingCentreKind;
import org.junit.jupiter.api.Test;

class ReferenceDataJsonTest {

    @Test
    void referenceDataWithOneOfEachRecordReadsFromItsFixture() {
        ReferenceData data = Fixtures.read("reference-data.json", ReferenceData.class);

        assertThat(data.region("33.25")).hasValueSatisfying(region -> {
            assertThat(region.kind()).isEqualTo(RegionKind.KABUPATEN);
            assertThat(region.displayName()).isEqualTo("Kabupaten Batang");
            assertThat(region.minimumWage()).isEqualTo(2_534_383L);
            assertThat(region.minimumWageYear()).isEqualTo(2025);
        });
        assertThat(data.estate("kit-batang")).hasValueSatisfying(estate ->
                assertThat(estate.shortName()).isEqualTo("KIT Batang"));
        assertThat(data.trade("las")).hasValueSatisfying(trade ->
                assertThat(trade.kbjiMajorGroup()).isEqualTo("721"));
        assertThat(data.centre("blkk-ketanggan")).hasValueSatisfying(centre -> {
            assertThat(centre.kind()).isEqualTo(TrainingCentreKind.BLKK);
            assertThat(centre.scopeRegionIds()).containsExactly("33.25", "33.26", "33.75");
        });
    }

    @Test
    void aDemoEmployerSaysItIsFictional() {
        ReferenceData data = Fixtures.read("reference-data.json", ReferenceData.class);

        Employer employer = data.employer("baja-rangka-pantura").orElseThrow();
        assertThat(employer.fictional()).isTrue();
        assertThat(employer.name()).endsWith(" (fiktif)");
        assertThat(employer.estateId()).isEqualTo("kit-batang");
    }

    @Test
    void referenceDataIsWrittenBackExactlyAsItsFixture() {
        ReferenceData data = Fixtures.read("reference-data.json", ReferenceData.class);

        assertThat(asWritten(data)).isEqualTo(Fixtures.tree("reference-data.json"));
    }
}
