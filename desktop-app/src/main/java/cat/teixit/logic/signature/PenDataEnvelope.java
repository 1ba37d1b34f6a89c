package cat.teixit.logic.signature;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;

/**
 * The pen data encrypted for the custodian: CMS AuthEnvelopedData (RFC 5083), a fresh AES-256-GCM content key
 * wrapped with RSA-OAEP (SHA-256, MGF1-SHA-256) for the custodian's certificate. {@code openssl cms -decrypt}
 * reads it too. Only the custodian's private key opens it; GCM makes any change to it fail.
 */
public final class PenDataEnvelope {

    private PenDataEnvelope() {
    }

    /** Encrypts {@code plain} for the holder of {@code custodian}'s private key. */
    public static byte[] encrypt(byte[] plain, X509Certificate custodian) throws IOException {
        Provider bc = Crypto.BC;
        try {
            CMSAuthEnvelopedDataGenerator gen = new CMSAuthEnvelopedDataGenerator();
            OAEPParameterSpec oaep = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                    PSource.PSpecified.DEFAULT);
            gen.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(custodian,
                    new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, oaep))
                    .setProvider(bc));
            return gen.generate(new CMSProcessableByteArray(plain),
                    (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM).setProvider(bc).build())
                    .getEncoded();
        } catch (CMSException | GeneralSecurityException e) {
            throw new IOException("The pen data could not be encrypted: " + e.getMessage(), e);
        }
    }

    /** Decrypts an envelope with the custodian's private key; fails for any other key or a changed envelope. */
    public static byte[] decrypt(byte[] envelope, PrivateKey key, X509Certificate custodian) throws IOException {
        try {
            CMSAuthEnvelopedData data = new CMSAuthEnvelopedData(envelope);
            RecipientInformation recipient = data.getRecipientInfos().get(new JceKeyTransRecipientId(custodian));
            if (recipient == null) {
                throw new IOException("The pen data was not encrypted for this certificate");
            }
            return recipient.getContent(new JceKeyTransAuthEnvelopedRecipient(key).setProvider(Crypto.BC));
        } catch (CMSException | RuntimeException e) {
            throw new IOException("The pen data could not be decrypted: " + e.getMessage(), e);
        }
    }
}
