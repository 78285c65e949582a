#include "RequestContext.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<QJsonObject> RequestContext::jsonObject() const
{
    if ((m_jsonBody.isUndefined() || m_jsonBody.isNull()) && !m_request.body.isEmpty())
        return Error::badRequest(
            u"The request body must be JSON sent with \"Content-Type: application/json\" (it came as %1)"_s
                .arg(QString::fromLatin1(m_request.header("Content-Type"))));
    if (m_jsonBody.isUndefined() || m_jsonBody.isNull())
        return Error::badRequest(u"This request needs a JSON object body"_s);
    if (!m_jsonBody.isObject())
        return Error::badRequest(u"The request body must be a JSON object"_s);
    return m_jsonBody.toObject();
}

} // namespace remotegpu
