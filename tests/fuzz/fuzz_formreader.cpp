// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the server's request reading without a socket: the input is a raw HTTP request, fed
// through an in-memory stream to cpp-httplib's own request processing (request line, headers,
// query, Content-Length or chunked body, Content-Type and multipart parsing) and from there to
// the server's FormReader and RequestForm, registered exactly as ApiServer registers them.

#include "contract/apicontract.h"
#include "contract/selfierules.h"
#include "formreader.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <httplib.h>

namespace {

// A connection whose peer sent `data` and then closed; answers are dropped.
class MemoryStream : public httplib::Stream
{
public:
    MemoryStream(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(size)
    {
    }

    bool is_readable() const override { return m_position < m_size; }
    bool is_writable() const override { return true; }
    ssize_t read(char *ptr, size_t size) override
    {
        const size_t n = std::min(size, m_size - m_position);
        std::memcpy(ptr, m_data + m_position, n);
        m_position += n;
        return static_cast<ssize_t>(n);
    }
    ssize_t write(const char *, size_t size) override { return static_cast<ssize_t>(size); }
    void get_remote_ip_and_port(std::string &ip, int &port) const override
    {
        ip = "127.0.0.1";
        port = 40000;
    }
    void get_local_ip_and_port(std::string &ip, int &port) const override
    {
        ip = "127.0.0.1";
        port = 8080;
    }
    socket_t socket() const override { return INVALID_SOCKET; }
    bool atEnd() const { return m_position >= m_size; }

private:
    const char *m_data;
    size_t m_size;
    size_t m_position = 0;
};

// httplib::Server with its protected per-request entry point opened to the fuzzer.
class FormServer : public httplib::Server
{
public:
    FormServer()
        : m_reader({{vd::contract::form::SelfieFile, vd::contract::SelfieRules::MaxBytes},
                    {vd::contract::form::LivenessDataFile, vd::contract::DefaultMaxLivenessBytes}},
                   64 * 1024)
    {
        set_payload_max_length(static_cast<size_t>(
            (vd::contract::SelfieRules::MaxBytes + vd::contract::DefaultMaxLivenessBytes) * 4));
        Post(vd::contract::ApiPath, [this](const httplib::Request &request, httplib::Response &,
                                           const httplib::ContentReader &reader) {
            const vd::server::RequestForm form = m_reader.read(request, reader);
            for (const vd::server::FormField &field : form.fields)
                form.all(field.name);
        });
    }

    void serve(MemoryStream &stream)
    {
        // A few keep-alive requests per connection, as a client may pipeline them.
        for (int i = 0; i < 4 && !stream.atEnd(); ++i) {
            bool closed = false;
            if (!process_request(stream, false, closed, [](httplib::Request &) {}) || closed)
                break;
        }
    }

private:
    vd::server::FormReader m_reader;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FormServer server;
    MemoryStream stream(data, size);
    server.serve(stream);
    return 0;
}
