package org.onus.core.massbalance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A mass-balance flag as stored with the entry it was found on. */
@Embeddable
public class RecordedFlag {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private MassBalance.FlagKind kind;

    @Column(name = "input_index")
    private Integer inputIndex;

    @Column(name = "stage", nullable = false, length = 120)
    private String stage;

    @Column(name = "required", nullable = false, precision = 19, scale = 4)
    private BigDecimal required;

    @Column(name = "declared", nullable = false, precision = 19, scale = 4)
    private BigDecimal declared;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 10)
    private StageUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 10)
    private MassBalance.Action action;

    @Column(name = "arithmetic", nullable = false, length = 2000)
    private String arithmetic;

    protected RecordedFlag() {
        // for JPA
    }

    RecordedFlag(MassBalance.Flag flag) {
        this.kind = flag.kind();
        this.inputIndex = flag.inputIndex();
        this.stage = flag.stage();
        this.required = flag.required();
        this.declared = flag.declared();
        this.unit = flag.unit();
        this.action = flag.action();
        this.arithmetic = flag.arithmetic().length() > 2000 ? flag.arithmetic().substring(0, 2000) : flag.arithmetic();
    }

    public MassBalance.FlagKind kind() {
        return kind;
    }

    public Integer inputIndex() {
        return inputIndex;
    }

    public String stage() {
        return stage;
    }

    public BigDecimal required() {
        return required;
    }

    public BigDecimal declared() {
        return declared;
    }

    public StageUnit unit() {
        return unit;
    }

    public MassBalance.Action action() {
        return action;
    }

    public String arithmetic() {
        return arithmetic;
    }
}
