package cat.teixit.sync.protocol;

/**
 * The secret that unlocks a device's copy of the data for one user (docs/decisions/0046), both ways: the body of PUT
 * /escrow, which the server keeps for (user, device), and the answer to POST /escrow/release, which gives it back only
 * against that user's password. Immutable; its text never shows the secret.
 */
public record EscrowSecret(String secret) {
    public EscrowSecret {
        Validation.require(Validation.DEVICE_KEY, secret, "secret");
    }

    @Override
    public String toString() {
        return "EscrowSecret[]";
    }
}
