<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertText</name>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>%1, GPU %2</source>
        <translation>%1，GPU %2</translation>
    </message>
</context>
<context>
    <name>MachineStatus</name>
    <message>
        <source>in %n min</source>
        <translation>%n 分钟后</translation>
    </message>
    <message>
        <source>%n min ago</source>
        <translation>%n 分钟前</translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>%n 个月后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n 个月前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Not connected to a server</source>
        <translation>未连接到服务器</translation>
    </message>
</context>
<context>
    <name>remotegpu::ApiClient</name>
    <message>
        <source>The server address &quot;%1&quot; is not usable. Enter an address such as http://127.0.0.1:8080.</source>
        <translation>服务器地址“%1”不可用。请输入类似 http://127.0.0.1:8080 的地址。</translation>
    </message>
    <message>
        <source>The server at %1 answered %2 with HTTP %3 %4 and no RemoteGPU envelope. Check that this address is a RemoteGPU server.</source>
        <translation>%1 上的服务器对 %2 返回了 HTTP %3 %4，且不是 RemoteGPU 的响应格式。请确认该地址是 RemoteGPU 服务器。</translation>
    </message>
    <message>
        <source>The server at %1 answered %2 with something that is not a RemoteGPU envelope (%3). Check that this address is a RemoteGPU server of a matching version.</source>
        <translation>%1 上的服务器对 %2 的应答不是 RemoteGPU 的响应格式（%3）。请确认该地址是版本匹配的 RemoteGPU 服务器。</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: connection refused. Check that the server is running and that the address and port are right.</source>
        <translation>无法连接 %1 上的服务器：连接被拒绝。请确认服务器正在运行，且地址和端口正确。</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: the host name was not found. Check the address.</source>
        <translation>无法连接 %1 上的服务器：找不到该主机名。请检查地址。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 s. Check that it is running and not overloaded, then try again.</source>
        <translation>%1 上的服务器在 %2 秒内没有应答。请确认它正在运行且没有过载，然后重试。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering. It may have stopped or restarted; try again.</source>
        <translation>%1 上的服务器在应答前关闭了连接。它可能已停止或正在重启，请重试。</translation>
    </message>
    <message>
        <source>Cannot open a secure connection to %1: %2</source>
        <translation>无法与 %1 建立安全连接：%2</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>无法连接 %1 上的服务器：%2</translation>
    </message>
</context>
<context>
    <name>remotegpu::CommandLine</name>
    <message>
        <source>Connect to the RemoteGPU server at &lt;url&gt;, e.g. http://10.0.0.5:8080.</source>
        <translation>连接位于 &lt;地址&gt; 的 RemoteGPU 服务器，例如 http://10.0.0.5:8080。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Start the bundled remotegpu-server on a free local port and connect to it.</source>
        <translation>在本机的空闲端口上启动内置的 remotegpu-server 并连接它。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: the system&apos;s).</source>
        <translation>界面语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Open the main window without signing in, and quit once it is shown. For automated checks.</source>
        <translation>不登录直接打开主窗口，显示后立即退出。用于自动化检查。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>RemoteGPU Console: the operators&apos; desktop console for a RemoteGPU fleet.</source>
        <translation>RemoteGPU 控制台：供运维人员管理 RemoteGPU 机群的桌面控制台。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>无法识别的参数“%1”；请参阅 --help。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang; use one of: %2.</source>
        <translation>--lang 不支持语言“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// address such as http://10.0.0.5:8080, not &quot;%1&quot;.</source>
        <translation>--server 需要以 http:// 或 https:// 开头的地址，例如 http://10.0.0.5:8080，而不是“%1”。</translation>
    </message>
    <message>
        <source>--server and --local exclude each other: --local starts its own server.</source>
        <translation>--server 与 --local 不能同时使用：--local 会启动自己的服务器。</translation>
    </message>
</context>
<context>
    <name>remotegpu::LiveFeed</name>
    <message>
        <source>the live feed was interrupted</source>
        <translation>实时数据流曾中断</translation>
    </message>
    <message>
        <source>the server&apos;s event stream was interrupted</source>
        <translation>服务器的事件流曾中断</translation>
    </message>
</context>
<context>
    <name>remotegpu::LocalServer</name>
    <message>
        <source>The bundled server was not found at %1. Build the remotegpu-server target, or install remotegpu-server next to remotegpu-console.</source>
        <translation>在 %1 找不到内置服务器。请构建 remotegpu-server 目标，或将 remotegpu-server 安装到 remotegpu-console 所在的目录。</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>进程崩溃</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>The bundled server stopped before it was ready (%1). Its last message: %2</source>
        <translation>内置服务器在就绪前停止了（%1）。它的最后一条消息：%2</translation>
    </message>
    <message>
        <source>The bundled server stopped while the console was using it (%1). Its last message: %2</source>
        <translation>内置服务器在控制台使用期间停止了（%1）。它的最后一条消息：%2</translation>
    </message>
    <message>
        <source>The bundled server at %1 could not be started: %2</source>
        <translation>无法启动位于 %1 的内置服务器：%2</translation>
    </message>
    <message>
        <source>The bundled server did not report that it was listening within %1 s, so it was stopped. Its last message: %2</source>
        <translation>内置服务器在 %1 秒内没有报告开始监听，已将其停止。它的最后一条消息：%2</translation>
    </message>
    <message>
        <source>(it wrote nothing)</source>
        <translation>（没有任何输出）</translation>
    </message>
</context>
<context>
    <name>remotegpu::MachineImportApi</name>
    <message>
        <source>The server answered the template download with HTTP %1 instead of the file.</source>
        <translation>服务器对模板下载请求返回了 HTTP %1，而不是文件。</translation>
    </message>
    <message>
        <source>The server&apos;s import report could not be read: %1</source>
        <translation>无法读取服务器返回的导入报告：%1</translation>
    </message>
    <message>
        <source>The server answered the import without a report.</source>
        <translation>服务器对导入请求的应答中没有报告。</translation>
    </message>
</context>
<context>
    <name>remotegpu::Session</name>
    <message>
        <source>The server&apos;s sign-in answer has no access token. Check that the console and the server are the same version.</source>
        <translation>服务器的登录应答中没有访问令牌。请确认控制台与服务器的版本一致。</translation>
    </message>
    <message>
        <source>No sign-in is saved for %1. Sign in with your user name and password.</source>
        <translation>没有保存 %1 的登录状态。请使用用户名和密码登录。</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read from the system keychain (%1). Sign in with your user name and password.</source>
        <translation>无法从系统钥匙串读取已保存的登录状态（%1）。请使用用户名和密码登录。</translation>
    </message>
    <message>
        <source>There is no sign-in to renew. Sign in with your user name and password.</source>
        <translation>没有可续期的登录状态。请使用用户名和密码登录。</translation>
    </message>
    <message>
        <source>Your sign-in could not be remembered because the system keychain refused access (%1). You will have to sign in again next time.</source>
        <translation>系统钥匙串拒绝访问（%1），无法记住您的登录状态。下次启动时需要重新登录。</translation>
    </message>
    <message>
        <source>Your sign-in could not be remembered because no system keychain is available (%1). You will have to sign in again next time. To be remembered, run a Secret Service keychain such as GNOME Keyring or KWallet in your desktop session.</source>
        <translation>没有可用的系统钥匙串（%1），无法记住您的登录状态。下次启动时需要重新登录。如需记住登录状态，请在桌面会话中运行 GNOME Keyring 或 KWallet 等 Secret Service 钥匙串。</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in and try again.</source>
        <translation>您尚未登录。请登录后重试。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue where you were.</source>
        <translation>您的登录已过期。请重新登录以继续之前的操作。</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AlertRuleDialog</name>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>内存使用率</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>磁盘使用率</translation>
    </message>
    <message>
        <source>CPU load (1 min)</source>
        <translation>CPU 负载（1 分钟）</translation>
    </message>
    <message>
        <source>GPU utilization</source>
        <translation>GPU 利用率</translation>
    </message>
    <message>
        <source>GPU memory usage</source>
        <translation>GPU 显存使用率</translation>
    </message>
    <message>
        <source>GPU temperature</source>
        <translation>GPU 温度</translation>
    </message>
    <message>
        <source>GPU power draw</source>
        <translation>GPU 功耗</translation>
    </message>
    <message>
        <source>Host offline</source>
        <translation>主机离线</translation>
    </message>
    <message>
        <source>GPU health</source>
        <translation>GPU 健康</translation>
    </message>
    <message>
        <source>Host flapping</source>
        <translation>主机状态抖动</translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation>新建告警规则</translation>
    </message>
    <message>
        <source>Edit alert rule</source>
        <translation>编辑告警规则</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the condition must hold, without a gap in the data, before the alert fires</source>
        <translation>条件需持续成立（数据无中断）多长时间后才触发告警</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>All machines</source>
        <translation>全部机器</translation>
    </message>
    <message>
        <source>A tenant&apos;s machines</source>
        <translation>某租户的机器</translation>
    </message>
    <message>
        <source>One machine</source>
        <translation>一台机器</translation>
    </message>
    <message>
        <source>All my machines</source>
        <translation>我的全部机器</translation>
    </message>
    <message>
        <source>One of my machines</source>
        <translation>我的一台机器</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>监控范围</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>A built-in rule: only its threshold, duration, severity and whether it is enabled can change.</source>
        <translation>内置规则：只能修改阈值、持续时间、级别以及是否启用。</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AlertsView</name>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>All machines</source>
        <translation>全部机器</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>租户：%1</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>机器：%1</translation>
    </message>
    <message>
        <source>Alerts on the machines by state, and the rules that raise them.</source>
        <translation>按状态查看机器上的告警，以及触发它们的规则。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value / threshold</source>
        <translation>数值 / 阈值</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Note on resolving (optional)</source>
        <translation>解决备注（可选）</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>告警(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n 条告警</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading alerts failed</source>
        <translation>加载告警失败</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>监控范围</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <source>Loading alert rules failed</source>
        <translation>加载告警规则失败</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Built-in rules cannot be deleted: disable them instead</source>
        <translation>内置规则不能删除：请改为停用</translation>
    </message>
    <message>
        <source>No alerts here.</source>
        <translation>这里没有告警。</translation>
    </message>
    <message>
        <source>Select an alert to see its details.</source>
        <translation>选择一条告警以查看详情。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>(deleted rule)</source>
        <translation>（规则已删除）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1 %2 (threshold %3)</source>
        <translation>%1 %2（阈值 %3）</translation>
    </message>
    <message>
        <source>(not allocated)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>%1, automatically (the condition cleared)</source>
        <translation>%1，自动（条件已恢复）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Acknowledging alert %1 failed</source>
        <translation>确认告警 %1 失败</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged</source>
        <translation>告警 %1 已确认</translation>
    </message>
    <message>
        <source>Resolving alert %1 failed</source>
        <translation>解决告警 %1 失败</translation>
    </message>
    <message>
        <source>Alert %1 resolved</source>
        <translation>告警 %1 已解决</translation>
    </message>
    <message>
        <source>Alert rule &apos;%1&apos; saved</source>
        <translation>告警规则“%1”已保存</translation>
    </message>
    <message>
        <source>Changing the alert rule failed</source>
        <translation>修改告警规则失败</translation>
    </message>
    <message>
        <source>Delete alert rule</source>
        <translation>删除告警规则</translation>
    </message>
    <message>
        <source>Delete the rule &apos;%1&apos;? Its open alerts are resolved; their history stays.</source>
        <translation>删除规则“%1”？其未关闭的告警将被解决，历史记录保留。</translation>
    </message>
    <message>
        <source>Deleting the rule &apos;%1&apos; failed</source>
        <translation>删除规则“%1”失败</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AllocateDialog</name>
    <message>
        <source>New allocation</source>
        <translation>新建分配</translation>
    </message>
    <message>
        <source>Loading tenants…</source>
        <translation>正在加载租户…</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Optional: what the tenant rents it for</source>
        <translation>可选：租户租用这些机器的用途</translation>
    </message>
    <message>
        <source>Filter machines…</source>
        <translation>筛选机器…</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Machines free for the whole period:</source>
        <translation>整个时段内空闲的机器(&amp;M)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Tenants could not be loaded</source>
        <translation>无法加载租户</translation>
    </message>
    <message>
        <source>Loading tenants failed</source>
        <translation>加载租户失败</translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation>请选择租户</translation>
    </message>
    <message>
        <source>Choose an end after the start to see the free machines.</source>
        <translation>请选择晚于开始时间的结束时间，以查看空闲机器。</translation>
    </message>
    <message>
        <source>Looking for machines free from %1 to %2…</source>
        <translation>正在查找 %1 至 %2 期间空闲的机器…</translation>
    </message>
    <message>
        <source>The free machines could not be loaded: %1</source>
        <translation>无法加载空闲机器：%1</translation>
    </message>
    <message>
        <source>%1 — not free: %2</source>
        <translation>%1 — 不空闲：%2</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <source>held during this period</source>
        <translation>该时段内已被占用</translation>
    </message>
    <message>
        <source>No machine is free for the whole period.</source>
        <translation>没有在整个时段内都空闲的机器。</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) free for the whole period.</source>
        <translation>
            <numerusform>%n 台机器在整个时段内空闲。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) for %1, %2.</source>
        <translation>
            <numerusform>%n 台机器，租户：%1，时段：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no tenant yet)</source>
        <translation>（暂无租户）</translation>
    </message>
    <message>
        <source>Choose the tenant the machines are for.</source>
        <translation>请选择这些机器所分配给的租户。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The end must be in the future.</source>
        <translation>结束时间必须在将来。</translation>
    </message>
    <message>
        <source>Check at least one free machine.</source>
        <translation>请至少勾选一台空闲机器。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Allocating %1 failed</source>
        <translation>分配 %1 失败</translation>
    </message>
    <message>
        <source>Created %1. Not created: %2.</source>
        <translation>已创建 %1。未创建：%2。</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AllocationsView</name>
    <message>
        <source>Allocations</source>
        <translation>分配管理</translation>
    </message>
    <message>
        <source>Every lease of every tenant: who rents which machine until when. Extend or reclaim from the list or by dragging a lease&apos;s end on the timeline.</source>
        <translation>所有租户的全部租期：谁在何时之前租用哪台机器。可在列表中续期或回收，也可在时间线上拖动租期的结束位置进行续期。</translation>
    </message>
    <message>
        <source>New allocation…</source>
        <translation>新建分配…</translation>
    </message>
    <message>
        <source>Rent machines to a tenant for a period (Ctrl+N)</source>
        <translation>将机器出租给租户一段时间（Ctrl+N）</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>续期…</translation>
    </message>
    <message>
        <source>Extend the selected allocations (Ctrl+E)</source>
        <translation>为选中的分配续期（Ctrl+E）</translation>
    </message>
    <message>
        <source>Reclaim…</source>
        <translation>回收…</translation>
    </message>
    <message>
        <source>End the selected allocations now, with a reason (Delete)</source>
        <translation>立即结束选中的分配，需填写原因（Delete）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Show the selected allocation (Enter)</source>
        <translation>查看选中的分配（Enter）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the allocations again (F5)</source>
        <translation>重新加载分配列表（F5）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Expiring: active and ending within the server&apos;s expiring window (7 days unless changed in Settings)</source>
        <translation>即将到期：生效中且将在服务器设定的到期提醒窗口内结束（默认 7 天，可在设置中修改）</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>全部租户</translation>
    </message>
    <message>
        <source>Machine id, e.g. node-07</source>
        <translation>机器 ID，例如 node-07</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>机器(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>时间线(&amp;I)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>租户 %1</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reclaimed at %1</source>
        <translation>回收于 %1</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Loading allocations failed</source>
        <translation>加载分配失败</translation>
    </message>
    <message>
        <source>Tenants could not be loaded: %1</source>
        <translation>无法加载租户：%1</translation>
    </message>
    <message numerus="yes">
        <source>Extend %n…</source>
        <translation>
            <numerusform>续期 %n 项…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reclaim %n…</source>
        <translation>
            <numerusform>回收 %n 项…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s)</source>
        <translation>
            <numerusform>%n 项分配</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Show on timeline</source>
        <translation>在时间线上显示</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) created</source>
        <translation>
            <numerusform>已创建 %n 项分配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) extended</source>
        <translation>
            <numerusform>已续期 %n 项分配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) reclaimed</source>
        <translation>
            <numerusform>已回收 %n 项分配</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1 failed</source>
        <translation>加载 %1 失败</translation>
    </message>
    <message>
        <source>Allocation %1</source>
        <translation>分配 %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>租户：</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>机器：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reclaimed at:</source>
        <translation>回收时间：</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AuditCsvExport</name>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>目标 ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>追踪 ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>目标名称</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AuditDiffModel</name>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>更改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>更改后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AuditView</name>
    <message>
        <source>Audit</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Who did what to which target, when, from where, and with what result.</source>
        <translation>谁在何时、从何处对哪个目标执行了什么操作，结果如何。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>追踪 ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the trace id, to find the server&apos;s log lines of this request</source>
        <translation>复制追踪 ID，以便查找服务器上此请求的日志行</translation>
    </message>
    <message>
        <source>Trace id copied</source>
        <translation>已复制追踪 ID</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>请求：</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP 地址：</translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation>追踪 ID：</translation>
    </message>
    <message>
        <source>Exporting %v of %m</source>
        <translation>正在导出 %v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries exported to %1</source>
        <translation>
            <numerusform>已将 %n 条审计记录导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>Exporting the audit trail failed</source>
        <translation>导出审计记录失败</translation>
    </message>
    <message>
        <source>Loading the audit trail failed</source>
        <translation>加载审计记录失败</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <source>Target type (machine, customer…)</source>
        <translation>目标类型（机器、客户…）</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>目标 ID</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>任意结果</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Local time; entries at or after it</source>
        <translation>本地时间；包含该时间及之后的记录</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Local time; entries before it</source>
        <translation>本地时间；该时间之前的记录</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Write every entry matching the filters to a CSV file</source>
        <translation>将所有符合筛选条件的记录写入 CSV 文件</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries loaded</source>
        <translation>
            <numerusform>已加载 %1 / %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see its details</source>
        <translation>选择一条记录以查看详情</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>（未知用户）</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 on %2 — %3 — %4</source>
        <translation>对 %2 执行 %1 — %3 — %4</translation>
    </message>
    <message>
        <source>%1 (local), %2 UTC</source>
        <translation>%1（本地），%2 UTC</translation>
    </message>
    <message>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No further detail recorded.</source>
        <translation>未记录更多详情。</translation>
    </message>
    <message>
        <source>Change (changed fields are highlighted):</source>
        <translation>变更（已更改的字段会高亮显示）：</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Only user %1</source>
        <translation>仅用户 %1</translation>
    </message>
    <message>
        <source>Only action %1</source>
        <translation>仅操作 %1</translation>
    </message>
    <message>
        <source>Only this target</source>
        <translation>仅此目标</translation>
    </message>
    <message>
        <source>Copy trace id</source>
        <translation>复制追踪 ID</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomerDeleteDialog</name>
    <message>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; owns a tenant. Deleting it ends every session of the account and it can never sign in again; its history stays for the audit trail.&lt;/p&gt;&lt;p&gt;The server refuses while the tenant still has members or active or pending allocations: remove those first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; 拥有一个租户。删除后，该账户的所有会话都将结束，且再也无法登录；其历史记录将保留用于审计。&lt;/p&gt;&lt;p&gt;只要该租户仍有成员，或仍有生效中或待生效的分配，服务器就会拒绝删除：请先移除这些内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Deleting &lt;b&gt;%1&lt;/b&gt; ends every session of the account and it can never sign in again; its history stays for the audit trail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;删除 &lt;b&gt;%1&lt;/b&gt; 将结束该账户的所有会话，且该账户再也无法登录；其历史记录将保留用于审计。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>输入 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomerDetailPanel</name>
    <message>
        <source>Machines held:</source>
        <translation>占用的机器：</translation>
    </message>
    <message>
        <source>GPU-hours this month:</source>
        <translation>本月 GPU 小时数：</translation>
    </message>
    <message>
        <source>Last 7 days:</source>
        <translation>最近 7 天：</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Storage used:</source>
        <translation>已用存储：</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>&amp;Machines</source>
        <translation>机器(&amp;M)</translation>
    </message>
    <message>
        <source>Allocation &amp;history</source>
        <translation>分配历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Select a customer to see its usage, machines, allocations and team.</source>
        <translation>选择一个客户以查看其用量、机器、分配和团队。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Owner of a tenant</source>
        <translation>租户所有者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Member of tenant %1</source>
        <translation>租户 %1 的成员</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>disabled: cannot sign in</source>
        <translation>已停用：无法登录</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source> (whole tenant)</source>
        <translation>（整个租户）</translation>
    </message>
    <message>
        <source>%1 running, %2 queued, %3 failed, %4 in all</source>
        <translation>运行中 %1，排队中 %2，失败 %3，共 %4</translation>
    </message>
    <message>
        <source>no tenant</source>
        <translation>无租户</translation>
    </message>
    <message>
        <source>nothing allocated</source>
        <translation>未分配任何资源</translation>
    </message>
    <message>
        <source>%1 GPU-hours held, %2 busy (busy share %3)</source>
        <translation>占用 %1 GPU 小时，忙碌 %2（忙碌占比 %3）</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>e.g. acme or acme.bob</source>
        <translation>例如 acme 或 acme.bob</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>name@company.example</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Owner (a new tenant)</source>
        <translation>所有者（新租户）</translation>
    </message>
    <message>
        <source>Member of a tenant</source>
        <translation>租户成员</translation>
    </message>
    <message>
        <source>Choose the owner</source>
        <translation>选择所有者</translation>
    </message>
    <message>
        <source>&amp;Generate one and show it once</source>
        <translation>自动生成并仅显示一次(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Set it:</source>
        <translation>手动设置(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>全名(&amp;F)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Account type:</source>
        <translation>账户类型(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the owner whose tenant the member joins</source>
        <translation>选择该成员要加入其租户的所有者</translation>
    </message>
    <message>
        <source>Type the password, or let the server generate one</source>
        <translation>输入密码，或由服务器生成</translation>
    </message>
    <message>
        <source>Saving %1 failed</source>
        <translation>保存 %1 失败</translation>
    </message>
    <message>
        <source>Creating %1 failed</source>
        <translation>创建 %1 失败</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>The server generated this password. It is shown only now: pass it on to %1, who should change it after signing in.</source>
        <translation>此密码由服务器生成，仅在此时显示：请将其转交给 %1，对方应在登录后修改密码。</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>复制密码</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>客户管理</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Tenant owners and their team members: create accounts, disable or enable their access, and see what each tenant uses.</source>
        <translation>租户所有者及其团队成员：创建账户、停用或启用其访问权限，并查看每个租户的用量。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Company / name</source>
        <translation>公司 / 名称</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Cannot sign in until enabled again</source>
        <translation>重新启用前无法登录</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Loading customers failed</source>
        <translation>加载客户失败</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <source>Search user name, e-mail, company… (Ctrl+F)</source>
        <translation>搜索用户名、电子邮件、公司…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>任意角色</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Create an owner account or a team member (Ctrl+N)</source>
        <translation>创建所有者账户或团队成员（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected account (Enter)</source>
        <translation>编辑所选账户（Enter）</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Disable or enable the selected account&apos;s access</source>
        <translation>停用或启用所选账户的访问权限</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected account (Del)</source>
        <translation>删除所选账户（Del）</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again. Machines and data are unchanged.</source>
        <translation>%1 将可以重新登录。机器和数据保持不变。</translation>
    </message>
    <message>
        <source>%1 is signed out at once and cannot sign in until enabled again: every session of the account ends within minutes. Its tenant&apos;s machines, allocations and members stay as they are.</source>
        <translation>%1 将立即退出登录，且在重新启用前无法登录：该账户的所有会话将在几分钟内结束。其租户的机器、分配和成员保持不变。</translation>
    </message>
    <message>
        <source>%1 is signed out at once and cannot sign in until enabled again: every session of the account ends within minutes. Nothing else changes.</source>
        <translation>%1 将立即退出登录，且在重新启用前无法登录：该账户的所有会话将在几分钟内结束。其他内容均不受影响。</translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation>启用 %1？</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>停用 %1？</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enabling %1 failed</source>
        <translation>启用 %1 失败</translation>
    </message>
    <message>
        <source>Disabling %1 failed</source>
        <translation>停用 %1 失败</translation>
    </message>
    <message>
        <source>Enabled %1</source>
        <translation>已启用 %1</translation>
    </message>
    <message>
        <source>Disabled %1</source>
        <translation>已停用 %1</translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>删除 %1 失败</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待生效</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>reclaimed</source>
        <translation>已回收</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it in its section</source>
        <translation>双击或按 Enter 在其所属页面中打开</translation>
    </message>
    <message>
        <source>The fleet at a glance. Click a figure to open the machines, allocations or alerts behind it.</source>
        <translation>机群概览。点击某个数字可打开其对应的机器、分配或告警。</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the figures again now (F5)</source>
        <translation>立即重新加载数据（F5）</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Recent &amp;allocations</source>
        <translation>最近分配(&amp;A)</translation>
    </message>
    <message>
        <source>Active a&amp;lerts</source>
        <translation>活动告警(&amp;L)</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>by status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <source>Rented machines</source>
        <translation>已出租机器</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>GPUs allocated</source>
        <translation>已分配 GPU</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>闲置</translation>
    </message>
    <message>
        <source>Active allocations</source>
        <translation>生效中的分配</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>活动告警</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Refreshing the dashboard failed</source>
        <translation>刷新仪表盘失败</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>allocations running now</source>
        <translation>当前进行中的分配</translation>
    </message>
    <message>
        <source>ending within a day</source>
        <translation>一天内结束</translation>
    </message>
    <message>
        <source>ending within %1 days</source>
        <translation>%1 天内结束</translation>
    </message>
    <message>
        <source>need attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>all clear</source>
        <translation>一切正常</translation>
    </message>
    <message>
        <source>%1 renting machines</source>
        <translation>%1 个租户正在租用机器</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>最后更新于 %1</translation>
    </message>
    <message>
        <source>Loading the GPU utilisation trend failed</source>
        <translation>加载 GPU 利用率趋势失败</translation>
    </message>
    <message>
        <source>Loading the recent allocations failed</source>
        <translation>加载最近分配失败</translation>
    </message>
    <message>
        <source>Loading the active alerts failed</source>
        <translation>加载活动告警失败</translation>
    </message>
    <message>
        <source>Last updated %1 — showing the last figures loaded</source>
        <translation>最后更新于 %1 — 显示的是最近一次加载的数据</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ErrorBanner</name>
    <message>
        <source>Copy trace id</source>
        <translation>复制追踪 ID</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>追踪 ID：%1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ExtendDialog</name>
    <message>
        <source>Extend allocation</source>
        <translation>分配续期</translation>
    </message>
    <message numerus="yes">
        <source>Extend %n allocation(s)</source>
        <translation>
            <numerusform>为 %n 项分配续期</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>延长(&amp;B)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>延至(&amp;T)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>New ends:</source>
        <translation>新的结束时间：</translation>
    </message>
    <message>
        <source>Choose between 1 and %1 allocations to extend.</source>
        <translation>请选择 1 到 %1 项分配进行续期。</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) chosen.</source>
        <translation>
            <numerusform>已选择 %n 项分配。</numerusform>
        </translation>
    </message>
    <message>
        <source>The allocations could not be loaded.</source>
        <translation>无法加载这些分配。</translation>
    </message>
    <message>
        <source>Loading %1 failed</source>
        <translation>加载 %1 失败</translation>
    </message>
    <message>
        <source>+%1 d</source>
        <translation>+%1 天</translation>
    </message>
    <message>
        <source>⚠ not after the current end</source>
        <translation>⚠ 不晚于当前结束时间</translation>
    </message>
    <message>
        <source>⚠ already ended: cannot be extended</source>
        <translation>⚠ 已结束：无法续期</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose between 1 and %1 allocations (%2 chosen).</source>
        <translation>请选择 1 到 %1 项分配（已选 %2 项）。</translation>
    </message>
    <message>
        <source>Between 1 and %1 days.</source>
        <translation>1 到 %1 天。</translation>
    </message>
    <message>
        <source>The new end must be after %1&apos;s current end (%2).</source>
        <translation>新的结束时间必须晚于 %1 当前的结束时间（%2）。</translation>
    </message>
    <message>
        <source>Extending…</source>
        <translation>正在续期…</translation>
    </message>
    <message>
        <source>Extending failed</source>
        <translation>续期失败</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::FieldErrorLabels</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::GpuTrendChart</name>
    <message>
        <source>Fleet GPU utilisation</source>
        <translation>机群 GPU 利用率</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>The last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>The last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>The last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop refreshing the chart every 30 seconds</source>
        <translation>停止每 30 秒刷新图表</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Refresh the chart every 30 seconds again</source>
        <translation>恢复每 30 秒刷新图表</translation>
    </message>
    <message>
        <source>Average GPU utilisation</source>
        <translation>平均 GPU 利用率</translation>
    </message>
    <message>
        <source>No GPU reported in this period</source>
        <translation>此时段内没有 GPU 上报数据</translation>
    </message>
    <message>
        <source>now %1 %, mean %2 %</source>
        <translation>当前 %1 %，平均 %2 %</translation>
    </message>
    <message>
        <source>%1 %  average utilisation
%2 GPUs reporting
%3 (local time)</source>
        <translation>平均利用率 %1 %
%2 个 GPU 上报数据
%3（本地时间）</translation>
    </message>
    <message>
        <source>live %1 %</source>
        <translation>实时 %1 %</translation>
    </message>
    <message>
        <source>%1 %  average utilisation (live)
%2 (local time)</source>
        <translation>%1 %  平均利用率（实时）
%2（本地时间）</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ImportPreviewModel</name>
    <message>
        <source>This file is not UTF-8 text (%1). In your spreadsheet program use File &gt; Save As… with the type &quot;CSV UTF-8 (Comma delimited)&quot;, or choose UTF-8 as the encoding when you export, then choose the new file.</source>
        <translation>此文件不是 UTF-8 文本（%1）。请在电子表格程序中使用“文件 &gt; 另存为…”，选择“CSV UTF-8（逗号分隔）”类型，或在导出时选择 UTF-8 编码，然后选择新文件。</translation>
    </message>
    <message>
        <source>it is UTF-16, &quot;Unicode text&quot;</source>
        <translation>它是 UTF-16 编码，即“Unicode 文本”</translation>
    </message>
    <message>
        <source>nor GBK</source>
        <translation>也不是 GBK 编码</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 个问题</translation>
    </message>
    <message>
        <source>Line %1:
%2</source>
        <translation>第 %1 行：
%2</translation>
    </message>
    <message>
        <source>Line %1 is valid</source>
        <translation>第 %1 行有效</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>文件第 %1 行</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Required column</source>
        <translation>必填列</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::LoginDialog</name>
    <message>
        <source>Start the bundled server on this computer</source>
        <translation>在本机启动内置服务器</translation>
    </message>
    <message>
        <source>Sign in to RemoteGPU</source>
        <translation>登录 RemoteGPU</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>starting the bundled server…</source>
        <translation>正在启动内置服务器…</translation>
    </message>
    <message>
        <source>the bundled server is not running</source>
        <translation>内置服务器未运行</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Starting the bundled server…</source>
        <translation>正在启动内置服务器…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://10.0.0.5:8080.</source>
        <translation>请输入服务器地址，例如 http://10.0.0.5:8080。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachineDetailPanel</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>已用显存</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Allocations</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>监控(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Processes</source>
        <translation>进程(&amp;P)</translation>
    </message>
    <message>
        <source>Select a machine to see its GPUs, allocation and readings.</source>
        <translation>选择一台机器以查看其 GPU、分配和读数。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Loading machine %1 failed</source>
        <translation>加载机器 %1 失败</translation>
    </message>
    <message>
        <source>Loading the allocations of %1 failed</source>
        <translation>加载 %1 的分配失败</translation>
    </message>
    <message>
        <source>&amp;Allocations (%1)</source>
        <translation>分配 (%1)(&amp;A)</translation>
    </message>
    <message>
        <source>Process reports are shown for rented machines only: this machine is free.</source>
        <translation>仅为已出租的机器显示进程报告：此机器空闲。</translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation>无历史：%1</translation>
    </message>
    <message>
        <source>No process report: %1</source>
        <translation>无进程报告：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>%1 (public %2)</source>
        <translation>%1（公网 %2）</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>%1 cores · %2 GB memory · %3 GB disk</source>
        <translation>%1 核 · %2 GB 内存 · %3 GB 磁盘</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>最后心跳</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Rented to</source>
        <translation>出租给</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free&lt;/b&gt;: not rented now.</source>
        <translation>&lt;b&gt;空闲&lt;/b&gt;：当前未出租。</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>读取于 %1</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Overview (%n GPU(s))</source>
        <translation>
            <numerusform>概览（%n 个 GPU）(&amp;O)</numerusform>
        </translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>Status history unavailable: %1</source>
        <translation>状态历史不可用：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status history&lt;/b&gt;: no change recorded.</source>
        <translation>&lt;b&gt;状态历史&lt;/b&gt;：没有记录的变化。</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>XID %1</source>
        <translation>XID %1</translation>
    </message>
    <message numerus="yes">
        <source>%n uncorrectable ECC error(s)</source>
        <translation>
            <numerusform>%n 个不可纠正的 ECC 错误</numerusform>
        </translation>
    </message>
    <message>
        <source>row remap failed</source>
        <translation>行重映射失败</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>不健康</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Server resolution: %1</source>
        <translation>服务器分辨率：%1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未上报</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后在线</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>上报间隔</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped heartbeats</source>
        <translation>丢弃的心跳</translation>
    </message>
    <message>
        <source>Offline because</source>
        <translation>离线原因</translation>
    </message>
    <message>
        <source>Flapping since</source>
        <translation>抖动开始于</translation>
    </message>
    <message>
        <source>Unhealthy GPUs</source>
        <translation>不健康的 GPU</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachineEditDialog</name>
    <message>
        <source>Add machine</source>
        <translation>添加机器</translation>
    </message>
    <message>
        <source>Edit machine %1</source>
        <translation>编辑机器 %1</translation>
    </message>
    <message>
        <source>Identity and access</source>
        <translation>标识与访问</translation>
    </message>
    <message>
        <source>System and capacity</source>
        <translation>系统与容量</translation>
    </message>
    <message>
        <source>generated (node-…) when left empty</source>
        <translation>留空时自动生成（node-…）</translation>
    </message>
    <message>
        <source>e.g. BJ-GPU-07</source>
        <translation>例如 BJ-GPU-07</translation>
    </message>
    <message>
        <source>e.g. gpu07.dc1</source>
        <translation>例如 gpu07.dc1</translation>
    </message>
    <message>
        <source>internal address, e.g. 10.0.0.5</source>
        <translation>内部地址，例如 10.0.0.5</translation>
    </message>
    <message>
        <source>address customers connect to (optional)</source>
        <translation>客户连接的地址（可选）</translation>
    </message>
    <message>
        <source>e.g. gpu07.example.com</source>
        <translation>例如 gpu07.example.com</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>e.g. beijing</source>
        <translation>例如 beijing</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>主机名(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>IP 地址(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Public IP:</source>
        <translation>公网 IP(&amp;P)：</translation>
    </message>
    <message>
        <source>SSH &amp;host:</source>
        <translation>SSH 主机(&amp;H)：</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH 端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;WinRM port:</source>
        <translation>WinRM 端口(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Agent port:</source>
        <translation>代理端口(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. Ubuntu 22.04</source>
        <translation>例如 Ubuntu 22.04</translation>
    </message>
    <message>
        <source> cores</source>
        <translation> 核</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>comma-separated, e.g. nvlink, ib</source>
        <translation>以逗号分隔，例如 nvlink, ib</translation>
    </message>
    <message>
        <source>key=value, comma-separated</source>
        <translation>key=value，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;OS:</source>
        <translation>操作系统(&amp;O)：</translation>
    </message>
    <message>
        <source>OS &amp;version:</source>
        <translation>系统版本(&amp;V)：</translation>
    </message>
    <message>
        <source>A&amp;rchitecture:</source>
        <translation>架构(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>部署方式(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kubernetes node:</source>
        <translation>Kubernetes 节点(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;CPU:</source>
        <translation>CPU(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source>Dis&amp;k:</source>
        <translation>磁盘(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>标记(&amp;L)：</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>内存 (MiB)</translation>
    </message>
    <message>
        <source>Add GPU</source>
        <translation>添加 GPU</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <source>Write labels as key=value pairs separated by commas</source>
        <translation>请将标记写成以逗号分隔的 key=value 对</translation>
    </message>
    <message>
        <source>GPU %1 needs a model name</source>
        <translation>GPU %1 需要型号名称</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n 个 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet:
%1</source>
        <translation>尚未完成：
%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>追踪 ID：%1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachineImportWizard</name>
    <message>
        <source>&amp;All or nothing</source>
        <translation>全部导入或全不导入(&amp;A)</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation>仅导入有效行(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Update existing machines, add the others</source>
        <translation>更新已有机器，添加其余机器(&amp;U)</translation>
    </message>
    <message>
        <source>Every row must be valid: one bad row and nothing is imported.</source>
        <translation>每一行都必须有效：只要有一行有误，就不会导入任何内容。</translation>
    </message>
    <message>
        <source>The valid rows are imported; the rows with errors are skipped and listed in the report, to fix and import again.</source>
        <translation>导入有效的行；有错误的行会被跳过并列在报告中，修正后可再次导入。</translation>
    </message>
    <message>
        <source>A row whose name or IP address matches a machine updates that machine (its GPU list is brought to gpuCount); the other rows are created. All or nothing.</source>
        <translation>名称或 IP 地址与某台机器匹配的行会更新该机器（其 GPU 列表会调整为 gpuCount 个）；其余行将新建机器。要么全部导入，要么全不导入。</translation>
    </message>
    <message>
        <source>Import machines from CSV</source>
        <translation>从 CSV 导入机器</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>One machine per row. The columns name, ipAddress, totalCpu and totalMemoryGb are required; the template lists all of them.</source>
        <translation>每行一台机器。name、ipAddress、totalCpu 和 totalMemoryGb 列为必填；模板中列出了所有列。</translation>
    </message>
    <message>
        <source>Drop a .csv file here
or</source>
        <translation>将 .csv 文件拖放到此处
或</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Download the Template…</source>
        <translation>下载模板(&amp;D)…</translation>
    </message>
    <message>
        <source>A CSV file with every column and one example row, UTF-8 so that spreadsheet programs show Chinese right.</source>
        <translation>包含所有列和一行示例的 CSV 文件，采用 UTF-8 编码，以便电子表格程序正确显示中文。</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the Template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Downloading the template…</source>
        <translation>正在下载模板…</translation>
    </message>
    <message>
        <source>Downloading the template failed</source>
        <translation>下载模板失败</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Saving %1 failed</source>
        <translation>保存%1失败</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported.
%1</source>
        <translation>无法导入此文件。
%1</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <source>Every row is checked with the server&apos;s rules. Cells with a problem are marked; point at one, or select it, to read why.</source>
        <translation>每一行都按服务器的规则检查。有问题的单元格会被标记；将鼠标指向或选中该单元格即可查看原因。</translation>
    </message>
    <message>
        <source>&amp;Only rows with errors</source>
        <translation>仅显示有错误的行(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Previous Error</source>
        <translation>上一个错误(&amp;P)</translation>
    </message>
    <message>
        <source>Select the previous cell with a problem (Shift+F8)</source>
        <translation>选中上一个有问题的单元格（Shift+F8）</translation>
    </message>
    <message>
        <source>&amp;Next Error</source>
        <translation>下一个错误(&amp;N)</translation>
    </message>
    <message>
        <source>Select the next cell with a problem (F8)</source>
        <translation>选中下一个有问题的单元格（F8）</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>%1 valid, %2 invalid (%3 rows)</source>
        <translation>%1 行有效，%2 行无效（共 %3 行）</translation>
    </message>
    <message>
        <source>⚠ %1: larger than servers accept by default (16 MiB); split it</source>
        <translation>⚠ %1：超过服务器默认接受的大小（16 MiB），请拆分文件</translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>按 %1 读取</translation>
    </message>
    <message>
        <source>checked by the server</source>
        <translation>已由服务器检查</translation>
    </message>
    <message>
        <source>Choose how to import</source>
        <translation>选择导入方式</translation>
    </message>
    <message>
        <source>The server checks the file first without writing anything: it knows which names, addresses and tenants are already taken.</source>
        <translation>服务器会先检查文件而不写入任何数据：它知道哪些名称、地址和租户已被占用。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>The mode changed: check the file with the server again.</source>
        <translation>导入方式已更改：请再次让服务器检查文件。</translation>
    </message>
    <message>
        <source>&amp;Check with the Server</source>
        <translation>交由服务器检查(&amp;C)</translation>
    </message>
    <message>
        <source>No row is valid: there is nothing to import.</source>
        <translation>没有有效的行：没有可导入的内容。</translation>
    </message>
    <message>
        <source>All %1 rows are valid.</source>
        <translation>全部 %1 行均有效。</translation>
    </message>
    <message>
        <source>%1 valid rows will be imported; the %2 rows with errors below will be skipped and listed in the report.</source>
        <translation>将导入 %1 行有效数据；下方 %2 行有错误的数据将被跳过并列在报告中。</translation>
    </message>
    <message>
        <source>⚠ %1 rows have errors (below): in this mode the server would import nothing. Fix the file, or choose &quot;Import the valid rows only&quot;.</source>
        <translation>⚠ %1 行有错误（见下方）：在此方式下服务器不会导入任何内容。请修正文件，或选择“仅导入有效行”。</translation>
    </message>
    <message>
        <source>The server is checking the file…</source>
        <translation>服务器正在检查文件…</translation>
    </message>
    <message>
        <source>The server could not check the file</source>
        <translation>服务器无法检查该文件</translation>
    </message>
    <message>
        <source>✔ The server accepts the file: it would create %1 and update %2 machines.</source>
        <translation>✔ 服务器接受该文件：将新建 %1 台机器，更新 %2 台机器。</translation>
    </message>
    <message>
        <source>The server found the same problems as the console&apos;s own check; the rows are listed below.</source>
        <translation>服务器发现的问题与控制台自身检查的结果相同；相关行列在下方。</translation>
    </message>
    <message>
        <source>The server found %1 more problems, which only it can see (names, addresses or tenants taken); they are marked below.</source>
        <translation>服务器另外发现了 %1 个只有它能检查出的问题（名称、地址或租户已被占用）；已在下方标出。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>The server writes the machines in one transaction: cancelled or failed, nothing is imported.</source>
        <translation>服务器在一个事务中写入机器：一旦取消或失败，不会导入任何内容。</translation>
    </message>
    <message>
        <source>Import &amp;Again</source>
        <translation>再次导入(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stop Upload</source>
        <translation>停止上传(&amp;S)</translation>
    </message>
    <message>
        <source>Sending %1 (%2)…</source>
        <translation>正在发送 %1（%2）…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Sent. The server is checking and writing the machines…</source>
        <translation>已发送。服务器正在检查并写入机器…</translation>
    </message>
    <message>
        <source>Upload stopped. Nothing was imported: the server writes only complete files.</source>
        <translation>上传已停止。未导入任何内容：服务器只写入完整的文件。</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>What the server did with the file.</source>
        <translation>服务器对该文件的处理结果。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows as CSV…</source>
        <translation>将被拒绝的行另存为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>The rejected rows as they were, with a reason column: fix them, delete the reason column and import the file again.</source>
        <translation>被拒绝的行保持原样，并附加一个原因列：修正这些行，删除原因列，然后再次导入该文件。</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation>%1-rejected.csv</translation>
    </message>
    <message>
        <source>✖ Nothing was imported: %1 rows have errors, and in this mode one bad row stops the import. Fix them and import the file again, or import the valid rows only.</source>
        <translation>✖ 未导入任何内容：%1 行有错误，而在此方式下只要有一行有误就会停止导入。请修正后再次导入该文件，或仅导入有效行。</translation>
    </message>
    <message>
        <source>✔ Imported %1 machines (%2 created, %3 updated).</source>
        <translation>✔ 已导入 %1 台机器（新建 %2 台，更新 %3 台）。</translation>
    </message>
    <message>
        <source>%1 rows were rejected; the reasons are below.</source>
        <translation>%1 行被拒绝；原因见下方。</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>追踪 ID：%1</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>the rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>1 row saved to %1</source>
        <translation>已将 1 行保存到 %1</translation>
    </message>
    <message>
        <source>%1 rows saved to %2</source>
        <translation>已将 %1 行保存到 %2</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachineMonitoringCharts</name>
    <message>
        <source>Utilisation %</source>
        <translation>利用率 %</translation>
    </message>
    <message>
        <source>Memory %</source>
        <translation>显存 %</translation>
    </message>
    <message>
        <source>Latest reading per GPU</source>
        <translation>每个 GPU 的最新读数</translation>
    </message>
    <message>
        <source>GPU utilisation % (average)</source>
        <translation>GPU 利用率 %（平均）</translation>
    </message>
    <message>
        <source>Host memory %</source>
        <translation>主机内存 %</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>GPU %1 %</source>
        <translation>GPU %1 %</translation>
    </message>
    <message>
        <source>No readings in this range (%1).</source>
        <translation>此范围内没有读数（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of %1 (lines: the average over the machine&apos;s GPUs, each GPU, host memory).</source>
        <translation>
            <numerusform>%1，共 %n 个点（曲线：各 GPU 平均、每个 GPU、主机内存）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>1-minute averages, one point per %1</source>
        <translation>1 分钟平均值，每 %1 一个点</translation>
    </message>
    <message>
        <source>1-hour averages, one point per %1</source>
        <translation>1 小时平均值，每 %1 一个点</translation>
    </message>
    <message>
        <source>raw samples, one point per %1</source>
        <translation>原始采样，每 %1 一个点</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>读数</translation>
    </message>
    <message numerus="yes">
        <source>Then %n live point(s), the last at %1.</source>
        <translation>
            <numerusform>之后又有 %n 个实时数据点，最新一个在 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachineProcessList</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU 显存</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>The agent sent no process report since the allocation began.</source>
        <translation>自分配开始以来，代理未发送任何进程报告。</translation>
    </message>
    <message>
        <source>No GPU process was running at %1 (%2).</source>
        <translation>%1（%2）时没有 GPU 进程在运行。</translation>
    </message>
    <message>
        <source>Reported %1 (%2).</source>
        <translation>报告于 %1（%2）。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachinesView</name>
    <message>
        <source>Machines</source>
        <translation>机器管理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1, health %2</source>
        <translation>%1，健康状况 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1
id %2
host %3</source>
        <translation>%1
ID %2
主机 %3</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Public: %1</source>
        <translation>公网：%1</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s): %1</source>
        <translation>
            <numerusform>%n 个 GPU：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Not rented now</source>
        <translation>当前未出租</translation>
    </message>
    <message>
        <source>Allocation %1</source>
        <translation>分配 %1</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation>租期结束</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Every GPU host: its state, GPUs and current tenant. Select one to see its detail below.</source>
        <translation>所有 GPU 主机：其状态、GPU 和当前租户。选择一台以在下方查看详情。</translation>
    </message>
    <message>
        <source>Loading machines failed</source>
        <translation>加载机器失败</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Register a machine (Ctrl+N)</source>
        <translation>注册机器 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the machine (Enter)</source>
        <translation>编辑机器 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected machines (Delete)</source>
        <translation>删除所选机器 (Delete)</translation>
    </message>
    <message>
        <source>Start &amp;maintenance…</source>
        <translation>开始维护(&amp;M)…</translation>
    </message>
    <message>
        <source>Take the selected machines out of service</source>
        <translation>让所选机器停止服务</translation>
    </message>
    <message>
        <source>E&amp;nd maintenance</source>
        <translation>结束维护(&amp;N)</translation>
    </message>
    <message>
        <source>Put the selected machines back in service</source>
        <translation>让所选机器恢复服务</translation>
    </message>
    <message>
        <source>A&amp;llocate…</source>
        <translation>分配(&amp;L)…</translation>
    </message>
    <message>
        <source>Rent the selected free machines to a tenant</source>
        <translation>将所选空闲机器出租给租户</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>续期(&amp;X)…</translation>
    </message>
    <message>
        <source>Extend the leases of the selected rented machines</source>
        <translation>为所选已出租机器的租期续期</translation>
    </message>
    <message>
        <source>&amp;Reclaim…</source>
        <translation>回收(&amp;R)…</translation>
    </message>
    <message>
        <source>End the leases of the selected rented machines now</source>
        <translation>立即结束所选已出租机器的租期</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>从 CSV 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Register many machines from a CSV file</source>
        <translation>从 CSV 文件批量注册机器</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>重新加载列表 (F5)</translation>
    </message>
    <message>
        <source>Search name, IP or host (Ctrl+F)</source>
        <translation>搜索名称、IP 或主机 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any allocation</source>
        <translation>任意分配状态</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>已出租</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>任意区域</translation>
    </message>
    <message>
        <source>Any GPU model</source>
        <translation>任意 GPU 型号</translation>
    </message>
    <message>
        <source>Any tenant</source>
        <translation>任意租户</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show every machine</source>
        <translation>显示所有机器</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>租户 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n 台机器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) match</source>
        <translation>
            <numerusform>%n 台机器匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n machines…</source>
        <translation>
            <numerusform>删除 %n 台机器(&amp;D)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Opening machine %1 failed</source>
        <translation>打开机器 %1 失败</translation>
    </message>
    <message>
        <source>Machine %1 added</source>
        <translation>已添加机器 %1</translation>
    </message>
    <message>
        <source>Machine %1 saved</source>
        <translation>已保存机器 %1</translation>
    </message>
    <message>
        <source>Delete machines</source>
        <translation>删除机器</translation>
    </message>
    <message>
        <source>Delete machine %1?</source>
        <translation>删除机器 %1？</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n machines?</source>
        <translation>
            <numerusform>删除这 %n 台机器？</numerusform>
        </translation>
    </message>
    <message>
        <source>Its GPUs and readings are deleted too. A machine that is or was rented cannot be deleted; set it to maintenance instead.</source>
        <translation>其 GPU 和读数也会被删除。正在出租或曾经出租的机器无法删除；请改为将其设为维护状态。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) deleted</source>
        <translation>
            <numerusform>已删除 %n 台机器</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>删除 %1 失败</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) could not be deleted</source>
        <translation>
            <numerusform>%n 台机器无法删除</numerusform>
        </translation>
    </message>
    <message>
        <source>Start maintenance</source>
        <translation>开始维护</translation>
    </message>
    <message>
        <source>Take %1 out of service.
Reason (optional, kept in the audit log):</source>
        <translation>让 %1 停止服务。
原因（可选，将记录在审计日志中）：</translation>
    </message>
    <message numerus="yes">
        <source>%n machines</source>
        <translation>
            <numerusform>%n 台机器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) in maintenance</source>
        <translation>
            <numerusform>%n 台机器处于维护中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) back in service</source>
        <translation>
            <numerusform>%n 台机器已恢复服务</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing maintenance failed</source>
        <translation>更改维护状态失败</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后在线</translation>
    </message>
    <message>
        <source>%1
Offline: %2</source>
        <translation>%1
离线：%2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>flapping</source>
        <translation>抖动</translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy GPU(s)</source>
        <translation>
            <numerusform>%n 个不健康的 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>代理 %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未上报</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <source>Flapping since %1</source>
        <translation>自 %1 起抖动</translation>
    </message>
    <message numerus="yes">
        <source>%n heartbeat(s) dropped by the agent&apos;s buffer</source>
        <translation>
            <numerusform>代理缓冲区丢弃了 %n 个心跳</numerusform>
        </translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>无代理</translation>
    </message>
    <message>
        <source>No agent has reported from this machine yet.</source>
        <translation>尚无代理从这台机器上报数据。</translation>
    </message>
    <message>
        <source>GPU load</source>
        <translation>GPU 负载</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No current figures: the machine is offline.</source>
        <translation>没有当前数据：机器已离线。</translation>
    </message>
    <message>
        <source>No figures yet: no agent has reported.</source>
        <translation>尚无数据：还没有代理上报。</translation>
    </message>
    <message>
        <source>%1 % busy</source>
        <translation>%1 % 繁忙</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>Mean of the GPUs at %1: %2</source>
        <translation>%1 时各 GPU 的平均值：%2</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MainWindow</name>
    <message>
        <source>RemoteGPU Console</source>
        <translation>RemoteGPU 控制台</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>功能导航</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RemoteGPU Console</source>
        <translation>关于 RemoteGPU 控制台(&amp;A)</translation>
    </message>
    <message>
        <source>Server: not connected</source>
        <translation>服务器：未连接</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>customer owner</source>
        <translation>客户管理员</translation>
    </message>
    <message>
        <source>customer member</source>
        <translation>普通成员</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>About RemoteGPU Console</source>
        <translation>关于 RemoteGPU 控制台</translation>
    </message>
    <message>
        <source>RemoteGPU Console %1

Runs a fleet of GPU machines rented whole to tenant companies.</source>
        <translation>RemoteGPU 控制台 %1

管理整机出租给租户公司的 GPU 机群。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>功能区 %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <source>● Server unreachable</source>
        <translation>● 无法连接服务器</translation>
    </message>
    <message>
        <source>The last request reached the server.</source>
        <translation>最近一次请求已到达服务器。</translation>
    </message>
    <message>
        <source>The last request could not reach the server. The console keeps trying with each refresh.</source>
        <translation>最近一次请求无法到达服务器。控制台会在每次刷新时继续尝试。</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n 条未读通知</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Sign-in not remembered</source>
        <translation>⚠ 未记住登录</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <source>Metrics, machine status changes and alerts arrive as they happen.</source>
        <translation>指标、机器状态变化和告警在发生时即时送达。</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● 正在连接…</translation>
    </message>
    <message>
        <source>Opening the live feed.</source>
        <translation>正在打开实时推送。</translation>
    </message>
    <message numerus="yes">
        <source>● Reconnecting… next try in %n s</source>
        <translation>
            <numerusform>● 正在重连… %n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>● Reconnecting… attempt %1</source>
        <translation>● 正在重连… 第 %1 次尝试</translation>
    </message>
    <message>
        <source>The live feed was lost; the console keeps trying. Figures on screen may be behind until it is back.</source>
        <translation>实时推送已断开，控制台会自动重试。恢复之前，屏幕上的数据可能不是最新的。</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <source>The live feed is not connected; views show what they last loaded.</source>
        <translation>实时推送未连接；各视图显示的是上次加载的数据。</translation>
    </message>
    <message>
        <source>The server refused the live feed: %1</source>
        <translation>服务器拒绝了实时推送：%1</translation>
    </message>
    <message>
        <source>Refreshed: %1</source>
        <translation>已刷新：%1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MyMachineDetailPanel</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>已用显存</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <source>&amp;GPUs</source>
        <translation>GPU(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>监控(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Processes</source>
        <translation>进程(&amp;P)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>No readings: %1</source>
        <translation>没有读数：%1</translation>
    </message>
    <message>
        <source>Loading the readings of %1 failed</source>
        <translation>加载 %1 的读数失败</translation>
    </message>
    <message>
        <source>&amp;Processes (%1)</source>
        <translation>进程 (%1)(&amp;P)</translation>
    </message>
    <message>
        <source>No process report: %1</source>
        <translation>无进程报告：%1</translation>
    </message>
    <message>
        <source>Loading the tasks of %1 failed</source>
        <translation>加载 %1 的任务失败</translation>
    </message>
    <message>
        <source>%1 MiB (%2)</source>
        <translation>%1 MiB（%2）</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>读取于 %1</translation>
    </message>
    <message>
        <source>&amp;GPUs (%1)</source>
        <translation>GPU (%1)(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tasks (%1)</source>
        <translation>任务 (%1)(&amp;T)</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MyMachinesView</name>
    <message>
        <source>My machines</source>
        <translation>我的机器</translation>
    </message>
    <message>
        <source>The machines your team holds now, how busy their GPUs are, and how to connect to them.</source>
        <translation>您的团队当前持有的机器、其 GPU 的繁忙程度以及连接方式。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Allocation ends</source>
        <translation>分配结束</translation>
    </message>
    <message>
        <source>%1 (expiring)</source>
        <translation>%1（即将到期）</translation>
    </message>
    <message>
        <source>GPU load</source>
        <translation>GPU 负载</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation>复制 SSH 命令</translation>
    </message>
    <message>
        <source>SSH command copied</source>
        <translation>已复制 SSH 命令</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n 台机器</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your machines failed</source>
        <translation>加载您的机器失败</translation>
    </message>
    <message>
        <source>Select a machine to see how to connect to it.</source>
        <translation>选择一台机器以查看如何连接。</translation>
    </message>
    <message>
        <source>%1 — %2 CPU cores, %3 GB memory, %4 %5. Allocation %6 from %7 to %8.</source>
        <translation>%1 — %2 个 CPU 核心，%3 GB 内存，%4 %5。分配 %6，从 %7 到 %8。</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::NotificationsView</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Reminders and alerts about your machines and tasks, newest first. Unread ones are in bold.</source>
        <translation>有关您的机器和任务的提醒与告警，最新的在前。未读的以粗体显示。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>Mark the selected notification read (Enter)</source>
        <translation>将所选通知标为已读 (Enter)</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s)</source>
        <translation>
            <numerusform>%n 条通知</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your notifications failed</source>
        <translation>加载您的通知失败</translation>
    </message>
    <message>
        <source>Marking the notification read failed</source>
        <translation>将通知标为已读失败</translation>
    </message>
    <message>
        <source>Marking all notifications read failed</source>
        <translation>将所有通知标为已读失败</translation>
    </message>
    <message>
        <source>All notifications marked read</source>
        <translation>所有通知已标为已读</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ProfileView</name>
    <message>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>Your own account: how your name is shown, how to reach you, and which notifications you receive.</source>
        <translation>你自己的账号：名字如何显示、如何联系你，以及你接收哪些通知。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>当前登录</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Avatar URL</source>
        <translation>头像 URL</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Also send notifications by email</source>
        <translation>同时通过电子邮件发送通知</translation>
    </message>
    <message>
        <source>Remind me before an allocation ends</source>
        <translation>分配到期前提醒我</translation>
    </message>
    <message>
        <source>Alerts on my team&apos;s machines</source>
        <translation>我团队机器上的告警</translation>
    </message>
    <message>
        <source>When a task starts, finishes or fails</source>
        <translation>任务开始、完成或失败时</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Loading your profile failed</source>
        <translation>加载你的个人资料失败</translation>
    </message>
    <message>
        <source>Loading your notification settings failed</source>
        <translation>加载你的通知设置失败</translation>
    </message>
    <message>
        <source>Only the account owner changes the company.</source>
        <translation>只有账号所有者可以修改公司。</translation>
    </message>
    <message>
        <source>Saving your profile failed</source>
        <translation>保存你的个人资料失败</translation>
    </message>
    <message>
        <source>Saving your notification settings failed</source>
        <translation>保存你的通知设置失败</translation>
    </message>
    <message>
        <source>Profile saved</source>
        <translation>个人资料已保存</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ReclaimDialog</name>
    <message>
        <source>Reclaim allocation</source>
        <translation>回收分配</translation>
    </message>
    <message numerus="yes">
        <source>Reclaim %n allocation(s)</source>
        <translation>
            <numerusform>回收 %n 项分配</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends %1 now; the tenant loses the machine at once. The reason goes into the audit log.</source>
        <translation>立即结束 %1；租户会立刻失去机器的使用权。原因会记入审计日志。</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason (required), e.g. &quot;contract ended early&quot;</source>
        <translation>原因（必填），例如“合同提前终止”</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Say why the allocation ends early.</source>
        <translation>请说明提前结束该分配的原因。</translation>
    </message>
    <message>
        <source>At most %1 characters (%2 now).</source>
        <translation>最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Reclaiming…</source>
        <translation>正在回收…</translation>
    </message>
    <message>
        <source>Reclaiming %1 failed</source>
        <translation>回收 %1 失败</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>系统设置</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Platform-wide settings: sign-in limits, token lifetimes, allocation reminders and agent reporting. Changes apply as soon as they are saved.</source>
        <translation>平台级设置：登录限制、令牌有效期、分配提醒和代理上报。更改保存后立即生效。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Put back the values the server holds</source>
        <translation>恢复服务器上保存的值</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the changed settings (Ctrl+S)</source>
        <translation>保存已更改的设置 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sign-in and security</source>
        <translation>登录与安全</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Machines and monitoring</source>
        <translation>机器与监控</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Save or revert your changes before reloading the settings</source>
        <translation>重新加载设置前，请先保存或还原您的更改</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Loading the settings failed</source>
        <translation>加载设置失败</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2</source>
        <translation>请输入 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2)</source>
        <translation>不是有效的 JSON：%1（位于第 %2 个字符）</translation>
    </message>
    <message>
        <source>Must be a JSON object {…} or array […]</source>
        <translation>必须是 JSON 对象 {…} 或数组 […]</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) to correct before saving</source>
        <translation>
            <numerusform>保存前有 %n 项设置需要更正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n 项未保存的更改</numerusform>
        </translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>没有未保存的更改</translation>
    </message>
    <message>
        <source>Saving the settings failed</source>
        <translation>保存设置失败</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::SshKeysView</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>SSH keys</source>
        <translation>SSH 密钥</translation>
    </message>
    <message>
        <source>The public keys that let you sign in to your machines. Paste a key or choose its .pub file; the private key never leaves your computer.</source>
        <translation>用于登录您的机器的公钥。粘贴密钥或选择其 .pub 文件；私钥永远不会离开您的计算机。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>添加密钥</translation>
    </message>
    <message>
        <source>Optional; the key&apos;s comment when left empty</source>
        <translation>可选；留空时使用密钥的注释</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… you@laptop</source>
        <translation>ssh-ed25519 AAAA… you@laptop</translation>
    </message>
    <message>
        <source>Choose .pub file…</source>
        <translation>选择 .pub 文件…</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>公钥(&amp;P)：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>添加密钥</translation>
    </message>
    <message>
        <source>Loading your SSH keys failed</source>
        <translation>加载您的 SSH 密钥失败</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1  (%2, %3 bits)</source>
        <translation>%1  (%2，%3 位)</translation>
    </message>
    <message>
        <source>Choose a public key</source>
        <translation>选择公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>公钥 (*.pub)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>⚠ Cannot read %1</source>
        <translation>⚠ 无法读取 %1</translation>
    </message>
    <message>
        <source>Adding the SSH key failed</source>
        <translation>添加 SSH 密钥失败</translation>
    </message>
    <message>
        <source>SSH key %1 added</source>
        <translation>已添加 SSH 密钥 %1</translation>
    </message>
    <message>
        <source>Delete SSH key</source>
        <translation>删除 SSH 密钥</translation>
    </message>
    <message>
        <source>Delete the key “%1” (%2)? You will no longer be able to sign in to your machines with it.</source>
        <translation>删除密钥“%1”(%2)？您将无法再使用它登录您的机器。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting the SSH key failed</source>
        <translation>删除 SSH 密钥失败</translation>
    </message>
    <message>
        <source>SSH key %1 deleted</source>
        <translation>已删除 SSH 密钥 %1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::StatCard</name>
    <message>
        <source>These figures are from the last successful refresh.</source>
        <translation>这些数据来自上次成功的刷新。</translation>
    </message>
    <message>
        <source>Show the %1 ones</source>
        <translation>显示%1的项</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::TeamView</name>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Your company&apos;s teams and who is in them. The account owner adds and removes members.</source>
        <translation>你公司的团队及其成员。由账号所有者添加和移除成员。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>New team&apos;s name</source>
        <translation>新团队名称</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>创建团队</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Account to add</source>
        <translation>要添加的账号</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Remove member…</source>
        <translation>移除成员…</translation>
    </message>
    <message>
        <source>Loading your teams failed</source>
        <translation>加载你的团队失败</translation>
    </message>
    <message>
        <source>Creating team %1 failed</source>
        <translation>创建团队 %1 失败</translation>
    </message>
    <message>
        <source>Team %1 created</source>
        <translation>已创建团队 %1</translation>
    </message>
    <message>
        <source>Loading your company&apos;s accounts failed</source>
        <translation>加载你公司的账号失败</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>No team yet. The owner can create one on the left.</source>
        <translation>还没有团队。所有者可以在左侧创建。</translation>
    </message>
    <message>
        <source>Select a team to see its members.</source>
        <translation>选择一个团队以查看其成员。</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>%1 的成员</translation>
    </message>
    <message>
        <source>Loading the members of %1 failed</source>
        <translation>加载 %1 的成员失败</translation>
    </message>
    <message>
        <source>Only the account owner changes teams.</source>
        <translation>只有账号所有者可以修改团队。</translation>
    </message>
    <message>
        <source>A team&apos;s owner cannot be removed from it.</source>
        <translation>团队所有者不能被移出团队。</translation>
    </message>
    <message>
        <source>Adding %1 failed</source>
        <translation>添加 %1 失败</translation>
    </message>
    <message>
        <source>%1 added to the team</source>
        <translation>已将 %1 加入团队</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>移除 %1？</translation>
    </message>
    <message>
        <source>%1 leaves this team at once. The account itself and its tasks stay as they are.</source>
        <translation>%1 将立即离开该团队。账号本身及其任务保持不变。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Removing %1 failed</source>
        <translation>移除 %1 失败</translation>
    </message>
    <message>
        <source>%1 removed from the team</source>
        <translation>已将 %1 移出团队</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::TenantUsageModel</name>
    <message>
        <source>%1 — low</source>
        <translation>%1 — 偏低</translation>
    </message>
    <message>
        <source>Busy in less than %1 % of the reported GPU-hours it held: worth a word before renewing, or a candidate for reclaiming</source>
        <translation>忙碌时间不足其已上报占用 GPU 小时的 %1 %：续期前值得沟通，或可考虑回收</translation>
    </message>
    <message>
        <source>No agent reported while this tenant held its machines</source>
        <translation>该租户占用机器期间没有任何 Agent 上报</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Machines now</source>
        <translation>当前机器数</translation>
    </message>
    <message>
        <source>Held GPU-h</source>
        <translation>占用 GPU 小时</translation>
    </message>
    <message>
        <source>Busy GPU-h</source>
        <translation>忙碌 GPU 小时</translation>
    </message>
    <message>
        <source>Unreported GPU-h</source>
        <translation>未上报 GPU 小时</translation>
    </message>
    <message>
        <source>Busy share</source>
        <translation>忙碌占比</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::TimelineWidget</name>
    <message>
        <source>Loading the timeline failed</source>
        <translation>加载时间线失败</translation>
    </message>
    <message>
        <source>Zoom: %1 px a day</source>
        <translation>缩放：每天 %1 像素</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>in maintenance: not free</source>
        <translation>维护中：不空闲</translation>
    </message>
    <message>
        <source>%1 — clash</source>
        <translation>%1 — 冲突</translation>
    </message>
    <message numerus="yes">
        <source>✖ +%n day(s) runs into %1</source>
        <translation>
            <numerusform>✖ +%n 天会与 %1 冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s) → %1</source>
        <translation>
            <numerusform>+%n 天 → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No machines</source>
        <translation>没有机器</translation>
    </message>
    <message>
        <source>Runs into %1 (%2, %3): release here and nothing is saved.</source>
        <translation>与 %1（%2，%3）冲突：在此处松开将不会保存任何更改。</translation>
    </message>
    <message>
        <source>Not extended: the new end runs into %1.</source>
        <translation>未续期：新的结束时间与 %1 冲突。</translation>
    </message>
    <message>
        <source>Extend allocation</source>
        <translation>分配续期</translation>
    </message>
    <message>
        <source>Extend %1 (%2 on %3)?</source>
        <translation>要为 %1（%2，机器 %3）续期吗？</translation>
    </message>
    <message numerus="yes">
        <source>End: %1 → %2 (+%n day(s))</source>
        <translation>
            <numerusform>结束：%1 → %2（+%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Extending %1…</source>
        <translation>正在为 %1 续期…</translation>
    </message>
    <message>
        <source>%1 now ends %2</source>
        <translation>%1 的结束时间已改为 %2</translation>
    </message>
    <message>
        <source>Extending %1 failed</source>
        <translation>为 %1 续期失败</translation>
    </message>
    <message>
        <source>Drag the right end to extend.</source>
        <translation>拖动右端即可续期。</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::UsageBlock</name>
    <message>
        <source>—</source>
        <comment>no ratio: nothing was reported</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Allocated vs used</source>
        <translation>分配与实际使用</translation>
    </message>
    <message>
        <source>Busy share of the reported GPU-hours</source>
        <translation>已上报 GPU 小时中的忙碌占比</translation>
    </message>
    <message>
        <source>Busy GPU-hours / (held − unreported GPU-hours): the share of the time the agents reported in which the GPUs were busy</source>
        <translation>忙碌 GPU 小时 /（占用 − 未上报 GPU 小时）：在 Agent 上报的时间里 GPU 处于忙碌的占比</translation>
    </message>
    <message>
        <source>Held GPU-hours no agent reported: unknown, not idle, so they are left out of the ratio</source>
        <translation>没有 Agent 上报的占用 GPU 小时：状态未知而非空闲，因此不计入占比</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Busy share</source>
        <translation>忙碌占比</translation>
    </message>
    <message>
        <source>Held:</source>
        <translation>占用：</translation>
    </message>
    <message>
        <source>Busy:</source>
        <translation>忙碌：</translation>
    </message>
    <message>
        <source>Unreported:</source>
        <translation>未上报：</translation>
    </message>
    <message>
        <source>Busy share:</source>
        <translation>忙碌占比：</translation>
    </message>
    <message>
        <source>The period has not begun yet.</source>
        <translation>该时间段尚未开始。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source>%1 GPU-hours</source>
        <translation>%1 GPU 小时</translation>
    </message>
    <message>
        <source>%1 GPU-hours (above %2 % utilisation)</source>
        <translation>%1 GPU 小时（利用率高于 %2 %）</translation>
    </message>
    <message>
        <source>Nothing was allocated in this period.</source>
        <translation>该时间段内没有任何分配。</translation>
    </message>
    <message>
        <source>No agent reported during the allocations of this period.</source>
        <translation>该时间段的分配期间没有任何 Agent 上报。</translation>
    </message>
    <message>
        <source>%1 · %2 % reported</source>
        <comment>busy share, then the share of held GPU-hours agents reported</comment>
        <translation>%1 · 已上报 %2 %</translation>
    </message>
    <message>
        <source>Agents reported %1 % of the held GPU-hours; the busy share is of those only. The rest is unknown, neither busy nor idle.</source>
        <translation>代理上报了所占用 GPU 小时的 %1 %；忙碌占比仅按这部分计算。其余时间情况未知，既不算忙碌也不算空闲。</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>占用</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>繁忙</translation>
    </message>
    <message>
        <source>Unreported</source>
        <translation>未上报</translation>
    </message>
    <message>
        <source>GPU-hours held</source>
        <translation>占用的 GPU 小时</translation>
    </message>
    <message>
        <source>GPU-hours busy (above the busy threshold)</source>
        <translation>繁忙的 GPU 小时（高于繁忙阈值）</translation>
    </message>
    <message>
        <source>GPU-hours no agent reported</source>
        <translation>无代理上报的 GPU 小时</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n GPU(s))</source>
        <translation>
            <numerusform>%1（%n 块 GPU）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::UsagePeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::UtilisationView</name>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>GPU-hours each tenant held against those its GPUs were busy; the lowest share first.</source>
        <translation>每个租户占用的 GPU 小时与其 GPU 实际忙碌的 GPU 小时对比；占比最低的排在最前。</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export utilisation</source>
        <translation>导出利用率</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The period has not begun yet.</source>
        <translation>该时间段尚未开始。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message numerus="yes">
        <source>Fleet: %1 GPU-hours held, %2 busy (above %3 % utilisation), %4 unreported; busy share %5. %n tenant(s) under 30 %.</source>
        <translation>
            <numerusform>全机群：占用 %1 GPU 小时，忙碌 %2（利用率高于 %3 %），未上报 %4；忙碌占比 %5。%n 个租户低于 30 %。</numerusform>
        </translation>
    </message>
    <message>
        <source>Utilisation exported to %1</source>
        <translation>利用率已导出到 %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::WebhookAttemptTableModel</name>
    <message>
        <source>Answer: %1</source>
        <translation>应答：%1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::WebhookDialog</name>
    <message>
        <source>An alert fires</source>
        <translation>告警触发</translation>
    </message>
    <message>
        <source>An alert is resolved</source>
        <translation>告警已解决</translation>
    </message>
    <message>
        <source>A machine is allocated</source>
        <translation>机器被分配</translation>
    </message>
    <message>
        <source>An allocation is about to end</source>
        <translation>分配即将到期</translation>
    </message>
    <message>
        <source>An allocation has ended</source>
        <translation>分配已到期</translation>
    </message>
    <message>
        <source>A machine is reclaimed</source>
        <translation>机器被回收</translation>
    </message>
    <message>
        <source>A machine goes offline</source>
        <translation>机器离线</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>编辑 Webhook</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>新建 Webhook</translation>
    </message>
    <message>
        <source>Ops chat, ticket system…</source>
        <translation>运维群、工单系统…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>https://example.com/hooks/remotegpu</source>
        <translation>https://example.com/hooks/remotegpu</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>Send deliveries to this URL</source>
        <translation>向此 URL 投递</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>启用：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::WebhookSecretDialog</name>
    <message>
        <source>Signing secret of %1</source>
        <translation>%1 的签名密钥</translation>
    </message>
    <message>
        <source>Every delivery is signed with this secret (header webhook-signature). Copy it into the receiving system now: it is not shown again. If it is lost, rotate the secret.</source>
        <translation>每次投递都用此密钥签名（请求头 webhook-signature）。请现在把它复制到接收系统中：它不会再次显示。如果丢失，请轮换密钥。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::WebhookTableModel</name>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Failed deliveries</source>
        <translation>失败的投递</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>最近投递</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::WebhooksView</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>URLs that receive fleet events — alerts, allocations, machines going offline — as signed HTTP POSTs, retried until they are accepted.</source>
        <translation>接收集群事件（告警、分配、机器离线）的 URL：以签名的 HTTP POST 发送，直到被接受为止会重试。</translation>
    </message>
    <message>
        <source>&amp;New webhook…</source>
        <translation>新建 Webhook(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>发送测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>轮换密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Only your tenant&apos;s owner can change webhooks.</source>
        <translation>只有租户所有者可以修改 Webhook。</translation>
    </message>
    <message>
        <source>Deliveries: select a webhook</source>
        <translation>投递记录：请选择一个 Webhook</translation>
    </message>
    <message>
        <source>Refresh log</source>
        <translation>刷新记录</translation>
    </message>
    <message>
        <source>Loading the webhooks failed</source>
        <translation>加载 Webhook 失败</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deliveries to %1</source>
        <translation>%1 的投递记录</translation>
    </message>
    <message>
        <source>Webhook %1 created</source>
        <translation>已创建 Webhook %1</translation>
    </message>
    <message>
        <source>Webhook %1 saved</source>
        <translation>已保存 Webhook %1</translation>
    </message>
    <message>
        <source>Changing the webhook failed</source>
        <translation>修改 Webhook 失败</translation>
    </message>
    <message>
        <source>Webhook %1 enabled</source>
        <translation>已启用 Webhook %1</translation>
    </message>
    <message>
        <source>Webhook %1 disabled</source>
        <translation>已停用 Webhook %1</translation>
    </message>
    <message>
        <source>Sending a test event failed</source>
        <translation>发送测试事件失败</translation>
    </message>
    <message>
        <source>Test event queued for %1</source>
        <translation>已为 %1 排队测试事件</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>轮换密钥</translation>
    </message>
    <message>
        <source>Give “%1” a new signing secret? Deliveries are signed with the new one at once; the receiver must be given it.</source>
        <translation>为“%1”生成新的签名密钥？投递将立即使用新密钥签名，接收方需要更新它。</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>轮换</translation>
    </message>
    <message>
        <source>Rotating the secret failed</source>
        <translation>轮换密钥失败</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>删除 Webhook</translation>
    </message>
    <message>
        <source>Delete “%1”? Its delivery log goes with it.</source>
        <translation>删除“%1”？其投递记录也会一并删除。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting the webhook failed</source>
        <translation>删除 Webhook 失败</translation>
    </message>
    <message>
        <source>Webhook %1 deleted</source>
        <translation>已删除 Webhook %1</translation>
    </message>
    <message>
        <source>Loading the delivery log failed</source>
        <translation>加载投递记录失败</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::WorkbenchView</name>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Your team&apos;s machines, GPUs and tasks at a glance. Click a card to open what it counts.</source>
        <translation>一眼看清你团队的机器、GPU 和任务。点击卡片即可打开它所统计的内容。</translation>
    </message>
    <message>
        <source>Recent tasks</source>
        <translation>最近的任务</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (exit code %2)</source>
        <translation>%1（退出码 %2）</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>My machines</source>
        <translation>我的机器</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>GPU load (24 h)</source>
        <translation>GPU 负载（24 小时）</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Unread notifications</source>
        <translation>未读通知</translation>
    </message>
    <message>
        <source>Loading your figures failed</source>
        <translation>加载你的统计数据失败</translation>
    </message>
    <message>
        <source>Loading your machines&apos; summary failed</source>
        <translation>加载你的机器概况失败</translation>
    </message>
    <message>
        <source>Your team has run no task yet.</source>
        <translation>你的团队还没有运行过任务。</translation>
    </message>
    <message>
        <source>Loading the recent tasks failed</source>
        <translation>加载最近的任务失败</translation>
    </message>
    <message numerus="yes">
        <source>%n active allocation(s)</source>
        <translation>
            <numerusform>%n 个有效分配</numerusform>
        </translation>
    </message>
    <message>
        <source>held by your team now</source>
        <translation>你的团队当前持有</translation>
    </message>
    <message>
        <source>allocations ending soon</source>
        <translation>即将结束的分配</translation>
    </message>
    <message>
        <source>average GPU utilisation</source>
        <translation>平均 GPU 利用率</translation>
    </message>
    <message>
        <source>for you</source>
        <translation>发给你的</translation>
    </message>
    <message>
        <source>Storage used by your datasets and images: %1</source>
        <translation>你的数据集和镜像已用存储：%1</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
</TS>
