package io.taospring.spring.support;

import io.taospring.client.error.ErrorCodes;

/** The TDengine error codes the translator singles out within a category. */
final class TaosErrors {

    /** Authentication failures: wrong user or password, bad token, missing credentials. */
    private static final int[] AUTHENTICATION = {ErrorCodes.AUTHENTICATION_FAILURE, ErrorCodes.INVALID_USER,
        ErrorCodes.INVALID_BASIC_AUTH, ErrorCodes.NO_AUTH_INFO, 0x0003, 0x0207, 0x0208};
    /** Server and client timeouts. */
    private static final int[] TIMEOUT = {ErrorCodes.REQUEST_TIMEOUT, ErrorCodes.CONNECT_TIMEOUT, 0x0019, 0x073B};
    /** Missing privileges. */
    private static final int[] PERMISSION = {0x0303, 0x2644};

    private TaosErrors() {
    }

    static boolean isAuthentication(int errno) {
        return contains(AUTHENTICATION, errno);
    }

    static boolean isTimeout(int errno) {
        return contains(TIMEOUT, errno);
    }

    static boolean isPermission(int errno) {
        return contains(PERMISSION, errno);
    }

    /** Wrong parameter count or an unbindable value: the caller's mistake, not the SQL's. */
    static boolean isParameterMisuse(int errno) {
        return errno == ErrorCodes.PARAMETER_MISMATCH || errno == ErrorCodes.INVALID_PARAMETER_VALUE;
    }

    private static boolean contains(int[] codes, int errno) {
        for (int code : codes) {
            if (code == errno) {
                return true;
            }
        }
        return false;
    }
}
