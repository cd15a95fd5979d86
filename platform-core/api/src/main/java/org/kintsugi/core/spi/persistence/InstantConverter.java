package org.kintsugi.core.spi.persistence;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * JPA 2.2 has no {@link Instant}. Timestamps are epoch-based, so the conversion does not depend on
 * the JVM's time zone. The database type must stay {@link Timestamp}: EclipseLink binds NULLs by
 * it, and PostgreSQL refuses a NULL typed as anything else. PostgreSQL columns are
 * {@code timestamp with time zone}; on the embedded H2 they are plain {@code timestamp}, because
 * its driver returns zoned ones as OffsetDateTime (see the changelog's {@code instant} property).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {
    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
