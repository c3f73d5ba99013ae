package io.taospring.demo.meter;

import io.taospring.spring.mapping.SuperTable;
import io.taospring.spring.mapping.Tag;
import io.taospring.spring.mapping.TableName;
import io.taospring.spring.mapping.TimestampColumn;
import java.time.Instant;

/**
 * One reading of a smart meter: a row of TDengine's example super table
 * {@code meters (ts timestamp, current float, voltage int, phase float) tags (groupId int, location varchar(24))},
 * written and read by {@link io.taospring.spring.core.TaosTemplate} through its mapping annotations.
 *
 * @param meterId  the meter, which is its child table ({@code d1001})
 * @param ts       when it was measured
 * @param current  the current in amperes
 * @param voltage  the voltage in volts
 * @param phase    the phase angle in radians
 * @param groupId  the meter's group (a tag)
 * @param location the meter's location (a tag)
 */
@SuperTable("meters")
public record MeterReading(@TableName String meterId, @TimestampColumn Instant ts, float current, int voltage,
        float phase, @Tag("groupId") int groupId, @Tag("location") String location) {
}
