package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kubeledger.chargeback.AllocationMethod;
import io.kubeledger.chargeback.TeamAssignment;

/**
 * The records whose equals and hashCode are written out (for speed under C1) keep a
 * record's contract: equal when every component is equal, nulls included, and unequal
 * when any one component differs.
 */
class HashKeyTests {

    @ParameterizedTest
    @ValueSource(strings = { "io.kubeledger.chargeback.ChargeLine", "io.kubeledger.chargeback.TeamAssignment",
            "io.kubeledger.chargeback.WorkloadCosts$Key", "io.kubeledger.rightsizing.ContainerKey",
            "io.kubeledger.ingest.OpenCostExportReader$PodContainer" })
    void equalOnEveryComponentAndOnNothingLess(String name) throws Exception {
        // given
        Class<?> record = Class.forName(name);
        RecordComponent[] components = record.getRecordComponents();
        Constructor<?> constructor = record
            .getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        constructor.setAccessible(true);
        Object[] values = Arrays.stream(components).map(c -> value(c.getType(), 0)).toArray();

        // when / then: equal to an equal record, with the same hash
        Object base = constructor.newInstance(values);
        Object same = constructor.newInstance(values.clone());
        assertThat(same).isEqualTo(base).hasSameHashCodeAs(base);
        assertThat(base).isNotEqualTo(null).isNotEqualTo(new Object());
        for (int i = 0; i < components.length; i++) {
            Object[] changed = values.clone();
            changed[i] = value(components[i].getType(), 1);
            assertThat(constructor.newInstance(changed)).as(components[i].getName()).isNotEqualTo(base);
            if (!components[i].getType().isPrimitive()) {
                Object[] nulled = values.clone();
                nulled[i] = null;
                Object withNull;
                try {
                    withNull = constructor.newInstance(nulled);
                }
                catch (ReflectiveOperationException e) {
                    continue; // a component the record does not take null for
                }
                assertThat(constructor.newInstance(nulled.clone())).as(components[i].getName() + " null")
                    .isEqualTo(withNull)
                    .hasSameHashCodeAs(withNull)
                    .isNotEqualTo(base);
            }
        }
    }

    /** The first or second of two different values of a type. */
    private static Object value(Class<?> type, int which) {
        if (type == String.class) {
            return which == 0 ? "payments" : "search";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 10, 1 + which);
        }
        if (type == BigDecimal.class) {
            return which == 0 ? new BigDecimal("1.5") : new BigDecimal("1.50");
        }
        if (type == boolean.class) {
            return which == 0;
        }
        if (type == long.class) {
            return (long) which;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[which];
        }
        if (type == TeamAssignment.class) {
            return new TeamAssignment(which == 0 ? "payments" : "search", "CC-1", AllocationMethod.DIRECT, true);
        }
        throw new IllegalArgumentException("no values of " + type);
    }

}
