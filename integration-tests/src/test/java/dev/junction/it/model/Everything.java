package dev.junction.it.model;

import dev.junction.annotation.Column;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import dev.junction.annotation.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One column of every supported type, primitives and boxed, on connection "default". */
@Model(table = "everything")
public class Everything {
    @Id Long id;
    String text;
    long primitiveLong;
    Long boxedLong;
    int primitiveInt;
    Integer boxedInt;
    short primitiveShort;
    Short boxedShort;
    boolean primitiveBoolean;
    Boolean boxedBoolean;
    double primitiveDouble;
    Double boxedDouble;
    float primitiveFloat;
    Float boxedFloat;
    BigDecimal amount;
    UUID uuid;
    LocalDate day;
    LocalDateTime localTime;
    OffsetDateTime offsetTime;
    Instant instant;
    byte[] data;
    Mood mood;
    @Column("year") int year;
    private String secret;
    @Transient String scratch;

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }
}
