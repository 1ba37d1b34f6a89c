package cat.teixit.server.cli;

import cat.teixit.server.admin.Directory;
import cat.teixit.sync.protocol.PasswordHasher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code devices list|revoke}: the workstations known to the server. Not thread-safe (picocli fills it). */
@Command(name = "devices", mixinStandardHelpOptions = true, description = "Manage workstations (devices).")
final class DevicesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the devices: id, last seen, last user, and whether revoked.")
    int list(@Mixin DatabaseOptions db) throws Exception {
        try (DatabaseOptions.Opened opened = db.open()) {
            for (Directory.DeviceRow d : new Directory(opened.database(), new PasswordHasher()).devices()) {
                System.out.println(d.id() + "\t" + d.lastSeen() + "\t" + (d.lastUser() == null ? "-" : d.lastUser())
                        + (d.revoked() ? "\trevoked" : ""));
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = {
        "Revoke a device (lost or stolen): its sessions end at once, it can no longer log in, and at its next",
        "contact with the server it purges its local data (remote wipe). Cannot be undone for that device id."})
    int revoke(@Mixin DatabaseOptions db, @Option(names = "--device", required = true, paramLabel = "ID") String device)
            throws Exception {
        try (DatabaseOptions.Opened opened = db.open()) {
            if (!new Directory(opened.database(), new PasswordHasher()).revokeDevice(device)) {
                System.err.println("No device " + device + ", or it is revoked already.");
                return 1;
            }
            System.out.println("Device " + device + " revoked; it purges its local data at its next contact.");
            return 0;
        }
    }
}
