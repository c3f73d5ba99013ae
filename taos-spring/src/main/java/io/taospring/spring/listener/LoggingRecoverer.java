package io.taospring.spring.listener;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** Logs the failed record at ERROR, with the failure, and drops it. */
public final class LoggingRecoverer implements TaosRecordRecoverer {

    private static final Log LOG = LogFactory.getLog(LoggingRecoverer.class);

    @Override
    public void recover(TaosRecord record, Exception failure) {
        LOG.error("Giving up on " + record, failure);
    }
}
