package io.taospring.client.transport.nativ;

/**
 * A libtaos that has been found, loaded and checked.
 *
 * @param api       the C API
 * @param location  the file it was loaded from (or the bare name the system loader resolved)
 * @param version   what {@code taos_get_client_info()} reports, e.g. {@code 3.3.6.0}
 * @param hasFieldsE whether {@code taos_fetch_fields_e} (3.3.6.0+, DECIMAL scale) is exported
 */
record LoadedLibrary(TaosLibrary api, String location, String version, boolean hasFieldsE) {
}
