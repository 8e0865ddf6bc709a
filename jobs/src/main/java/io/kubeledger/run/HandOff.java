package io.kubeledger.run;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One step's result as the job's execution context carries it to the steps and listeners
 * after it: a typed record under one key, which the step writes once ({@link #put}) and
 * each reader takes whole ({@link #in}). The job database keeps the context by Java
 * serialization, so a result is a {@link Serializable} record of serializable values. A
 * step promotes its key to the job's context with an
 * {@code ExecutionContextPromotionListener}.
 */
public record HandOff<T extends Serializable>(String key, Class<T> type) {

    public void put(ExecutionContext context, T result) {
        context.put(key, result);
    }

    /** The step's result, or none when the step did not run or left none. */
    public Optional<T> in(ExecutionContext context) {
        return Optional.ofNullable(context.get(key, type));
    }

    /**
     * The same, from the job's context as a step-scoped bean sees it
     * ({@code #{jobExecutionContext}}).
     */
    public Optional<T> in(Map<String, Object> context) {
        return Optional.ofNullable(type.cast(context.get(key)));
    }
}
