package vn.presswatch.api.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into presswatch.jar's manifest (Implementation-Version) by the build. */
final class JarVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = JarVersion.class.getPackage().getImplementationVersion();
        return new String[] {version != null
                ? "presswatch " + version
                : "presswatch (bản đang phát triển, không chạy từ tệp jar — development build, not run from the jar)"};
    }
}
