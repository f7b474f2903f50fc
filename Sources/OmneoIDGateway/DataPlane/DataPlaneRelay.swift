/// A request the data plane has started answering from elsewhere (an upstream exchange, a
/// cache fill) on a client connection: while it is in flight the connection reads nothing more.
protocol DataPlaneRelay: AnyObject {
    /// What the access log records; `status` is 0 until the answer's head is written.
    var record: DataPlaneAnswer.Record { get }
    /// The client connection is writable again.
    func channelWritable()
    /// The client shut its side of the connection after the request: the connection closes
    /// once this answer is written.
    func closeAfterAnswer()
    /// The client went away: nothing more is written, what the relay holds is released.
    func cancel()
}

extension ProfileRelay: DataPlaneRelay {}
