package io.taospring.boot.autoconfigure;

/** {@link TaosConnectionDetails} read from {@link TaosProperties}; localhost's default port when no URL is set. */
final class PropertiesTaosConnectionDetails implements TaosConnectionDetails {

    static final String DEFAULT_URL = "ws://localhost:6041";

    private final TaosProperties properties;

    PropertiesTaosConnectionDetails(TaosProperties properties) {
        this.properties = properties;
    }

    @Override
    public String getUrl() {
        return properties.getUrl() != null ? properties.getUrl() : DEFAULT_URL;
    }

    @Override
    public String getUsername() {
        return properties.getUsername();
    }

    @Override
    public String getPassword() {
        return properties.getPassword();
    }
}
