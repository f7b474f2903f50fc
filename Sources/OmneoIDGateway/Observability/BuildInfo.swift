/// What this build of omneo-id is: `omneo-id --version` and the `omneo_id_build_info`
/// metric. Bump `version` with every release (tagged `vX.Y.Z`).
public enum BuildInfo {
    public static let version = "0.16.0"
}
