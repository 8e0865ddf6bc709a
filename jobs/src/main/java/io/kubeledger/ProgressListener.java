package io.kubeledger;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/** Logs a long chunk step's progress every {@value #EVERY} items: how many so far and how fast. */
public class ProgressListener implements ChunkListener<Object, Object> {

    static final long EVERY = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(ProgressListener.class);

    private final String step;
    private final Instant start = Instant.now();
    private long items;

    public ProgressListener(String step) {
        this.step = step;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long before = items;
        items += chunk.size();
        if (items / EVERY > before / EVERY) {
            double seconds = Math.max(0.001, Duration.between(start, Instant.now()).toMillis() / 1000.0);
            LOG.info("{}: {} rows so far ({} rows/s)", step, String.format("%,d", items),
                    String.format("%,.0f", items / seconds));
        }
    }
}
