package org.onus.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.designation.DesignationDraft;
import org.onus.core.designation.EntityAddress;
import org.onus.core.designation.ListedProducer;
import org.onus.core.designation.RegistrationNumber;

/** The designation form's producer lines: what a regulator types is what is listed, and back. */
class EntityLineTest {

    @Test
    void aLineCarriesRegionAliasesFormerNamesNumbersAndAddresses() {
        List<DesignationDraft.Producer> read = DesignationPages.producers("""
                Xinjiang Huafu Co., Ltd. | 650000 | alias: Huafu Cotton; 华孚 | former: Sinkiang Mill | reg: USCC 91650100MA775X1234 | address: No. 1 Road, Aksu @ 652900
                Hoshine Silicon
                """);
        assertThat(read).hasSize(2);
        DesignationDraft.Producer p = read.get(0);
        assertThat(p.name()).isEqualTo("Xinjiang Huafu Co., Ltd.");
        assertThat(p.regionCode()).isEqualTo("650000");
        assertThat(p.aliases()).containsExactly("Huafu Cotton", "华孚");
        assertThat(p.formerNames()).containsExactly("Sinkiang Mill");
        assertThat(p.registrationNumbers())
                .containsExactly(new DesignationDraft.Registration("USCC", "91650100MA775X1234"));
        assertThat(p.addresses()).containsExactly(new DesignationDraft.Address("No. 1 Road, Aksu", "652900"));
        assertThat(read.get(1).regionCode()).isNull();
        assertThat(read.get(1).aliases()).isEmpty();
    }

    @Test
    void aListingWrittenBackReadsTheSame() {
        ListedProducer listed = new ListedProducer(
                "Xinjiang Huafu",
                "650000",
                List.of("Huafu Cotton"),
                List.of("Sinkiang Mill"),
                List.of(new RegistrationNumber("USCC", "91650100MA775X1234")),
                List.of(new EntityAddress("No. 1 Road, Aksu", "652900"), new EntityAddress("Urumqi", null)));
        DesignationDraft.Producer back = DesignationPages.producers(DesignationPages.producerLine(listed))
                .get(0);
        assertThat(back.name()).isEqualTo("Xinjiang Huafu");
        assertThat(back.regionCode()).isEqualTo("650000");
        assertThat(back.aliases()).containsExactly("Huafu Cotton");
        assertThat(back.formerNames()).containsExactly("Sinkiang Mill");
        assertThat(back.registrationNumbers())
                .containsExactly(new DesignationDraft.Registration("USCC", "91650100MA775X1234"));
        assertThat(back.addresses())
                .containsExactly(
                        new DesignationDraft.Address("No. 1 Road, Aksu", "652900"),
                        new DesignationDraft.Address("Urumqi", null));
    }
}
