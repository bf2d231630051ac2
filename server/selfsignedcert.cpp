#include "selfsignedcert.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace samenspraak::server {

namespace {

template <typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QString opensslError(const char *doing)
{
    const unsigned long code = ERR_get_error();
    char text[256] = "unknown error";
    if (code)
        ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral("cannot make the room's certificate (%1: %2)").arg(QLatin1String(doing), QLatin1String(text));
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    const Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

} // namespace

SelfSignedCertificate makeSelfSignedCertificate(const QString &commonName, int validDays)
{
    SelfSignedCertificate out;
    const Key key(EVP_EC_gen("P-256"));
    if (!key) {
        out.error = opensslError("key");
        return out;
    }
    const Certificate certificate(X509_new());
    unsigned char serial[16];
    if (!certificate || RAND_bytes(serial, sizeof serial) != 1) {
        out.error = opensslError("serial");
        return out;
    }
    serial[0] &= 0x7f;  // a positive serial number
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialSet = number && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate.get()));
    BN_free(number);
    const QByteArray name = commonName.toUtf8();
    X509_NAME *subject = X509_get_subject_name(certificate.get());
    if (!serialSet || X509_set_version(certificate.get(), 2) != 1
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600)  // a tablet's clock may be a little behind
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(validDays) * 24 * 3600)
        || X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Samenspraak"), -1, -1, 0) != 1
        || X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(name.constData()), -1, -1, 0) != 1
        || X509_set_issuer_name(certificate.get(), subject) != 1 || X509_set_pubkey(certificate.get(), key.get()) != 1
        || !addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash")
        || X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0) {
        out.error = opensslError("certificate");
        return out;
    }
    const Bio certificateBio(BIO_new(BIO_s_mem())), keyBio(BIO_new(BIO_s_mem()));
    if (!certificateBio || !keyBio || PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        out.error = opensslError("PEM");
        return out;
    }
    out.certificatePem = drain(certificateBio.get());
    out.keyPem = drain(keyBio.get());
    return out;
}

} // namespace samenspraak::server
