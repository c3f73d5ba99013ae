package io.taospring.client.internal;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.OperationalError;
import io.taospring.client.error.TaosException;

/**
 * Tells failures of the network (worth another endpoint or another attempt) from answers of the server
 * (wrong password, too old a version), which another attempt would only repeat.
 */
public final class ConnectionLoss {

    private ConnectionLoss() {
    }

    /** Whether {@code failure} is the socket failing: not reachable, not opened in time, or lost. */
    public static boolean isLoss(TaosException failure) {
        return failure instanceof ConnectionError && (failure.errno() == ErrorCodes.UNABLE_TO_CONNECT
                || failure.errno() == ErrorCodes.CONNECT_TIMEOUT || failure.errno() == ErrorCodes.CONNECTION_CLOSED);
    }

    /** Whether opening a session failed for the network's sake, including a handshake the server never answered. */
    public static boolean isConnectFailure(TaosException failure) {
        return isLoss(failure) || failure instanceof OperationalError && failure.errno() == ErrorCodes.REQUEST_TIMEOUT;
    }
}
